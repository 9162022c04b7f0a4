package com.example.crm.portal;

import com.example.crm.domain.Customer;

/** The customer accounts behind the portal's log-in. */
public interface CustomerAccounts {

    Customer current(String sessionId);

    void save(Customer customer);
}
