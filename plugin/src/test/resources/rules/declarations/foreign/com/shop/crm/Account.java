package com.shop.crm;

import com.acme.privacy.*;

/** The vendor's annotation through an on-demand import. */
public class Account {

    @PersonalData(retention = "forever")
    private String owner; // clean: com.acme.privacy.PersonalData, imported on demand
}
