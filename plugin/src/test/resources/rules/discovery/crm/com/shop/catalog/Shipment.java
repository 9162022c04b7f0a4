package com.shop.catalog;

/** Made for one customer: the recipient's name and address are in it, the weight is the parcel's. */
public class Shipment {
    private String name; // EXPECT: unannotated-personal-data
    private String city; // EXPECT: unannotated-personal-data
    private double weight; // clean: a parcel's weight in a shipment
    private String trackingNumber; // clean: not in the dictionary
    private String nextToken; // clean: a paging position
    private String userAgent; // EXPECT: unannotated-personal-data
    private String userAgentParser; // clean: a parser's name
}
