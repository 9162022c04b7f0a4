package com.shop.crm;

/** An enum is a set of constants: never personal data itself. */
public enum Gender {
    FEMALE("f"), MALE("m"), DIVERSE("d");

    private final String name; // clean: a field of an enum

    Gender(String name) {
        this.name = name;
    }
}
