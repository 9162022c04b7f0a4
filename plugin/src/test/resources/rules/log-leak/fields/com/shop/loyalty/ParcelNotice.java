package com.shop.loyalty;

/** A parcel notice; its toString() shows a field that only the shipping desk fills. */
public class ParcelNotice {
    private String recipient;
    private String trackingCode;

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public void setTrackingCode(String trackingCode) {
        this.trackingCode = trackingCode;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    @Override
    public String toString() {
        return "parcel for " + recipient;
    }
}
