package com.hr.people;

import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.LegalBasis;
import io.github.pdguard.annotations.PersonalData;
import lombok.Builder;
import lombok.Data;
import lombok.Getter;

/** Lombok annotations that generate no toString, and a hand-written toString that wins over @Data's. */
@Builder
@Getter
public class Contract { // clean: @Builder and @Getter generate no toString; the builder class is not considered
    private String contractId;

    @PersonalData(category = Category.FINANCIAL, purposes = "payroll", retention = "P10Y", legalBasis = LegalBasis.CONTRACT)
    private long salary;
}

@Data
class Probation { // clean: the hand-written toString wins and shows no declared field
    private String contractId;

    @PersonalData(category = Category.OTHER, purposes = "hr", retention = "P1Y", legalBasis = LegalBasis.CONTRACT)
    private String assessment;

    @Override
    public String toString() {
        return "Probation[" + contractId + "]";
    }
}
