package com.bank.alerts;

import io.github.pdguard.annotations.ProcessingPurpose;

/**
 * SPEC 2: code in an enum constant's class body belongs to the enum, whose declaration is its
 * context, like any other method of the type (and like anonymous classes).
 */
@ProcessingPurpose("marketing")
public enum OfferChannel {
    SMS {
        @Override
        public String address(Client client) {
            return client.getMobile(); // EXPECT: purpose-violation
        }
    },
    EMAIL {
        @Override
        public String address(Client client) {
            return client.getEmail(); // clean: email allows marketing
        }
    };

    public abstract String address(Client client);

    public String fallback(Client client) {
        return client.getMobile(); // EXPECT: purpose-violation
    }
}
