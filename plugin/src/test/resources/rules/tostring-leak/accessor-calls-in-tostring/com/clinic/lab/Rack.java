package com.clinic.lab;

/** Twin without declared data: accessors called without a receiver, nothing to expose. */
public record Rack(String rackId, int slots) { // clean
    @Override
    public String toString() {
        return "Rack[" + rackId() + ", " + slots() + " slots]";
    }
}
