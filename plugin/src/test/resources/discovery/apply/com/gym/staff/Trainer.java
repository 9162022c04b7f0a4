package com.gym.staff;

import io.github.pdguard.annotations.*;

/** A trainer: partly declared already. */
public class Trainer {
    @PersonalData(category = Category.IDENTITY, purposes = "scheduling", retention = "P2Y")
    private String fullName;
    private String mobile;
    private String religion;
}
