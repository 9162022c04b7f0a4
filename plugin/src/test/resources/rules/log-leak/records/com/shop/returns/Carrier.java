package com.shop.returns;

/** A parcel carrier: a record without declared components. */
public record Carrier(String code, String hub) {
}
