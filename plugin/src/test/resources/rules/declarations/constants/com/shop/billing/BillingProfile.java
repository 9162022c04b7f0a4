package com.shop.billing;

import static com.shop.common.Purposes.NEWSLETTER;
import static com.shop.common.RetentionPeriods.UNTIL_UNSUBSCRIBED;

import com.shop.common.Purposes;
import com.shop.common.RetentionPeriods;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;

/** Billing data of a customer. Purposes and retentions are written as constants in every way Java allows. */
public class BillingProfile implements RetentionPeriods {

    private static final String OWN_PURPOSE = "billing";

    private static final String AUDIT_PREFIX = "audit-";

    @PersonalData(category = Category.IDENTITY, purposes = OWN_PURPOSE, retention = TAX_RECORDS)
    private String billingName; // clean: constant of the same class, interface constant inherited through implements

    @PersonalData(category = Category.FINANCIAL, purposes = Purposes.BILLING, retention = RetentionPeriods.TAX_RECORDS)
    private String iban; // clean: constants of another class and of an interface

    @PersonalData(category = Category.CONTACT, purposes = NEWSLETTER, retention = UNTIL_UNSUBSCRIBED)
    private String newsletterEmail; // clean: static imports

    @PersonalData(category = Category.CONTACT, purposes = Purposes.MARKETING_EMAIL, retention = RetentionPeriods.SHORT_LIVED)
    private String campaignEmail; // clean: PREFIX + "x" in another class, "P" + 30 + "D"

    @PersonalData(category = Category.OTHER, purposes = AUDIT_PREFIX + "trail", retention = "P" + "6M")
    private String auditTrail; // clean: constant expressions in the annotation itself

    @PersonalData(category = Category.GOVERNMENT_ID, purposes = com.shop.common.Purposes.BILLING, retention = "P10Y")
    private String taxId; // clean: fully qualified constant

    @PersonalData(category = Category.BEHAVIORAL, purposes = {Purposes.Marketing.CAMPAIGNS, NEWSLETTER}, retention = "P1Y")
    private String preferredCategories; // clean: constant of a nested class, and a static import, in one array

    @PersonalData(category = Category.CONTACT, purposes = Purposes.DEFAULT_PURPOSE, retention = "P1Y")
    private String invoiceEmail; // EXPECT: invalid-declaration

    @PersonalData(category = Category.CONTACT, purposes = Purposes.forChannel("sms"), retention = "P1Y")
    private String mobileNumber; // EXPECT: invalid-declaration

    @PersonalData(category = Category.CONTACT, purposes = Purposes.LOYALTY, retention = "P1Y")
    private String loyaltyCardHolder; // EXPECT: invalid-declaration

    public String getBillingName() {
        return billingName;
    }
}
