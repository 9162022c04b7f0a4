package com.shop.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * SPEC 3.1: Spring Security Authentication.getName is a known source, also when the
 * Authentication comes straight from SecurityContextHolder without a typed local in between.
 */
public class AdminAudit {
    private static final Logger LOG = LoggerFactory.getLogger(AdminAudit.class);

    public void priceChanged(String sku) {
        Authentication typed = SecurityContextHolder.getContext().getAuthentication();
        LOG.info("price of {} changed by {}", sku, typed.getName()); // EXPECT: log-leak
        SecurityContext context = SecurityContextHolder.getContext();
        LOG.info("price of {} changed by {}", sku, context.getAuthentication().getName()); // EXPECT: log-leak
        LOG.info("price of {} changed by {}", sku, SecurityContextHolder.getContext().getAuthentication().getName()); // EXPECT: log-leak
        var inferred = SecurityContextHolder.getContext().getAuthentication();
        LOG.info("price of {} changed by {}", sku, inferred.getName()); // EXPECT: log-leak
    }
}
