package com.shop.crm;

import com.shop.common.AuditHelper;

/** Three callers pass personal data to AuditHelper.note; the finding is at its sink only. */
public class RefundService {
    public void refund(Customer customer, int items) {
        AuditHelper.note("refund", customer.getEmail()); // clean: the sink is inside the helper
        AuditHelper.note("refund", customer.getName()); // clean: the sink is inside the helper
        AuditHelper.noteCustomer(customer); // clean: the sink is inside the helper
        AuditHelper.note("refund", "customer #" + customer.getId()); // clean: not personal data
        AuditHelper.noteCount("refund", items); // clean
    }
}
