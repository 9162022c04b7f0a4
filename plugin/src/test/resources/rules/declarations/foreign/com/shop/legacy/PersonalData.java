package com.shop.legacy;

/** The in-house annotation the shop used before pdguard. */
public @interface PersonalData {
}
