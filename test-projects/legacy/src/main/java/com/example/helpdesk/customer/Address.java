package com.example.helpdesk.customer;

/** A postal address, for delivery and invoices. */
public class Address {
    private final String street;
    private final String houseNumber;
    private final String postalCode;
    private final String city;
    private final String countryCode;

    public Address(String street, String houseNumber, String postalCode, String city, String countryCode) {
        this.street = street;
        this.houseNumber = houseNumber;
        this.postalCode = postalCode;
        this.city = city;
        this.countryCode = countryCode;
    }

    public String getStreet() {
        return street;
    }

    public String getHouseNumber() {
        return houseNumber;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getCountryCode() {
        return countryCode;
    }

    /** The lines as printed on a shipping label. */
    public String format() {
        return street + " " + houseNumber + "\n" + postalCode + " " + city + "\n" + countryCode;
    }
}
