package com.bank.kyc;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The account-service desk. Only reading declared data is a use. */
@ProcessingPurpose("account-service")
public class AccountServiceDesk {
    private static final Logger LOG = LoggerFactory.getLogger(AccountServiceDesk.class);
    private final List<IdentityDocument> archive = new ArrayList<>();

    public String greet(IdentityDocument document) {
        return "Hello " + document.fullName; // clean: fullName allows account-service
    }

    public String birthplace(IdentityDocument document) {
        return document.placeOfBirth; // clean: no effective purposes, not purpose-checked (missing-purpose reports it)
    }

    public String passport(IdentityDocument document) {
        return document.getPassportNumber(); // EXPECT: purpose-violation
    }

    public String passportField(IdentityDocument document) {
        return document.passportNumber; // EXPECT: purpose-violation
    }

    public boolean hasPassport(IdentityDocument document) {
        return document.passportNumber != null; // EXPECT: purpose-violation
    }

    public String masked(IdentityDocument document) {
        return Redaction.lastThree(document.getPassportNumber()); // EXPECT: purpose-violation
    }

    public String nationality(IdentityDocument document) {
        return document.getNationalityCode(); // clean: the read is inside the non-transparent getter
    }

    public String zone(IdentityDocument document) {
        return document.machineReadableZone(); // EXPECT: purpose-violation
    }

    public void store(IdentityDocument document) {
        archive.add(document); // clean: holding an object is not a use
        LOG.debug("archived document {}", document.documentId); // clean: documentId is not declared
        forward(document); // clean: passing an object is not a use
    }

    public String verify(@PersonalData(category = Category.GOVERNMENT_ID, purposes = "kyc") String taxNumber) {
        return taxNumber.substring(0, 2); // EXPECT: purpose-violation
    }

    private void forward(IdentityDocument document) {
    }
}
