package com.gym.members;

/** The gym's membership categories: a name clash with pdguard's Category enum. */
public enum Category {
    STANDARD, STUDENT, PREMIUM
}
