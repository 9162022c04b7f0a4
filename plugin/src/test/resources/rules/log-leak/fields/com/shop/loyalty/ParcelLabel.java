package com.shop.loyalty;

/** A parcel label; its toString() shows only the tracking code. */
public class ParcelLabel {
    private String code;

    public ParcelLabel(String code) {
        this.code = code;
    }

    @Override
    public String toString() {
        return "label " + code;
    }
}
