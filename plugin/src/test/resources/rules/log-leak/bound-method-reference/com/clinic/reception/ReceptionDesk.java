package com.clinic.reception;

import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * SPEC 3.2, 3.6: a Supplier passed to a sink is analysed. A bound method reference
 * (visitor::getName) is a Supplier that returns personal data, like () -> visitor.getName().
 */
public class ReceptionDesk {
    private static final Logger LOG = LogManager.getLogger(ReceptionDesk.class);
    private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("reception");
    private static final org.slf4j.Logger SLF4J = org.slf4j.LoggerFactory.getLogger(ReceptionDesk.class);

    public void signIn(Visitor visitor) {
        LOG.info("visitor {}", () -> visitor.getName()); // EXPECT: log-leak
        LOG.info("visitor {}", visitor::getName); // EXPECT: log-leak
        LOG.info("badge {}", visitor::getBadgeNumber); // clean: undeclared field
        JUL.info(visitor::getName); // EXPECT: log-leak
        SLF4J.atInfo().addArgument(visitor::getName).log("visitor {}"); // EXPECT: log-leak
        Supplier<String> name = visitor::getName;
        LOG.info("visitor {}", name); // EXPECT: log-leak
    }
}
