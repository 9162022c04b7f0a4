package com.clinic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A ward's own toString() shows only its code, so logging a ward is clean. */
public class Ward extends Room {
    private static final Logger LOG = LoggerFactory.getLogger(Ward.class);

    public void open(Nurse nurse) {
        LOG.info("opened {}", this); // clean: Room's toString shows the room number only
        LOG.info("with {}", nurse); // EXPECT: log-leak
    }
}

class Room {
    protected int number;

    @Override
    public String toString() {
        return "Room " + number;
    }
}
