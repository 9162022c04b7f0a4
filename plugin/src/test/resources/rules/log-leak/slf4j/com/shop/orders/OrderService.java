package com.shop.orders;

import java.math.BigDecimal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;

/** Places orders; logs through SLF4J, classic API, fluent API and MDC. */
public class OrderService {
    private static final Logger LOG = LoggerFactory.getLogger(OrderService.class);

    public void place(Customer customer, String orderNumber, BigDecimal total) {
        LOG.trace("placing order {} for {}", orderNumber, customer.getEmail()); // EXPECT: log-leak
        LOG.trace("placing order {} for customer #{}", orderNumber, customer.getId()); // clean: technical id
        LOG.debug("order {} total {} for {}", orderNumber, total, customer.getFullName()); // EXPECT: log-leak
        LOG.debug("order {} total {}", orderNumber, total); // clean
        LOG.info("order {} confirmed, mail sent to " + customer.getEmail(), orderNumber); // EXPECT: log-leak
        LOG.info("order {} confirmed for tier {}", orderNumber, customer.getLoyaltyTier()); // clean: undeclared field
        LOG.warn("order {} for {} exceeds the limit", orderNumber, customer.getFullName()); // EXPECT: log-leak
        LOG.warn("order {} exceeds the limit", orderNumber); // clean
        LOG.error("payment failed for {} <{}>", customer.getFullName(), customer.getEmail()); // EXPECT: log-leak
        LOG.error("payment failed for order {}", orderNumber, new IllegalStateException("declined")); // clean
    }

    public void traceRequest(Customer customer, String requestId) {
        MDC.put("customer", customer.getEmail()); // EXPECT: log-leak
        MDC.put("requestId", requestId); // clean: a request id
        MDC.put("customerId", String.valueOf(customer.getId())); // clean: technical id
        try {
            LOG.info("handling request");
        } finally {
            MDC.remove("customer");
            MDC.clear();
        }
    }

    public void fluent(Customer customer, String orderNumber) {
        LOG.atInfo().addArgument(customer.getEmail()).log("confirmation sent to {}"); // EXPECT: log-leak
        LOG.atInfo().addArgument(orderNumber).log("confirmation sent for {}"); // clean
        LOG.atDebug().addKeyValue("customer", customer.getFullName()).log("order placed"); // EXPECT: log-leak
        LOG.atDebug().addKeyValue("order", orderNumber).log("order placed"); // clean
        LOG.atWarn().setMessage("late delivery for " + customer.getFullName()).log(); // EXPECT: log-leak
        LOG.atWarn().setMessage("late delivery for order " + orderNumber).log(); // clean
        LOG.atError().log("could not notify {}", customer.getEmail()); // EXPECT: log-leak
        LOG.atError().log("could not notify order {}", orderNumber); // clean
        LOG.atLevel(Level.INFO).addArgument(customer.getEmail()).log("level chosen at runtime {}"); // EXPECT: log-leak
        LOG.atLevel(Level.INFO).addArgument(orderNumber).log("level chosen at runtime {}"); // clean
    }

    public void fluentOverSeveralLines(Customer customer, String orderNumber) {
        LOG.atInfo()
                .addKeyValue("order", orderNumber)
                .addKeyValue("email", customer.getEmail()) // EXPECT: log-leak
                .setMessage("shipping label printed for " + customer.getFullName())
                .log();
        LOG.atInfo()
                .addKeyValue("order", orderNumber) // clean: nothing personal in the whole chain
                .setMessage("shipping label printed")
                .log();
    }
}
