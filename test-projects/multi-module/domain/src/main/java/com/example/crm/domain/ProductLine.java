package com.example.crm.domain;

/** What a policy insures. */
public enum ProductLine {
    HOME_CONTENTS,
    PERSONAL_LIABILITY,
    SUPPLEMENTARY_HEALTH,
    TERM_LIFE
}
