package com.shop.loyalty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends points statements. Reads fields that other methods (and other classes) assign. */
public class StatementMailer {
    private static final Logger LOG = LoggerFactory.getLogger(StatementMailer.class);
    private String lastRecipient;
    private String lastChannel;
    private int sentToday;

    public void send(PointsStatement statement) {
        LOG.info("sending statement to {}", statement.getAddressee()); // EXPECT: log-leak
        LOG.info("sending statement via {}", statement.getChannel()); // clean: only ever given constants
        LOG.info("statement has {} points", statement.getPoints()); // clean: an int
        LOG.info("footer {}", statement.getFooter()); // clean: a constant
        LOG.info("statement {}", statement); // clean: Object's toString, although a field holds personal data
        LOG.info("previous recipient {}", lastRecipient); // EXPECT: log-leak
        LOG.info("previous channel {}", lastChannel); // clean
        LOG.info("{} sent today", sentToday); // clean
    }

    public void remember(Member member) {
        lastRecipient = member.getMobile();
        lastChannel = "SMS";
        sentToday++;
    }
}
