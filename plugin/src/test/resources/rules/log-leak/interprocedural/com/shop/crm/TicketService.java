package com.shop.crm;

import com.shop.common.CustomerText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens support tickets; what helpers of the analysed code return is followed across files. */
public class TicketService {
    private static final Logger log = LoggerFactory.getLogger(TicketService.class);

    public void open(Customer c, String subject) {
        log.info(CustomerText.describe(c)); // EXPECT: log-leak
        log.info("ticket for {}", CustomerText.reference(c)); // clean: id and segment only
        log.info("ticket for {}", CustomerText.quoted(c.getEmail())); // EXPECT: log-leak
        log.info("ticket about {}", CustomerText.quoted(subject)); // clean: the subject is not personal data
        log.info("name has {} letters", CustomerText.nameLength(c)); // clean: an int
        log.info("greeting {}", CustomerText.greeting(c)); // clean: returns constants
        log.info("ticket for {}", CustomerText.chain(c)); // EXPECT: log-leak
        log.info("ticket for {}", signature(c)); // EXPECT: log-leak
        log.info("ticket for {}", footer(c)); // clean
    }

    private String signature(Customer c) {
        return "-- " + CustomerText.describe(c);
    }

    private String footer(Customer c) {
        return "-- support team, ref " + c.getId();
    }
}
