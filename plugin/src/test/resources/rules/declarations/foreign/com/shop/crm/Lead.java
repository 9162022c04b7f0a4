package com.shop.crm;

import com.acme.privacy.PersonalData;

/** A sales lead, marked with the CRM vendor's annotation, not pdguard's. */
@PersonalData("sales lead")
public class Lead { // clean: com.acme.privacy.PersonalData is not pdguard's

    @PersonalData("lead e-mail")
    private String email; // clean: not pdguard's annotation

    @PersonalData(value = "phone", retention = "forever")
    private String phone; // clean: not pdguard's, so its retention is not checked

    public String getEmail() {
        return email;
    }
}
