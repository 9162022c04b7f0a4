package com.shop.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Audits sign-ins with Spring Security. */
public class SecurityAudit {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityAudit.class);

    public void onSuccess(Authentication authentication, UserDetails user) {
        LOG.info("signed in: {}", authentication.getName()); // EXPECT: log-leak
        LOG.info("username {}", user.getUsername()); // EXPECT: log-leak
        LOG.debug("password hash {}", user.getPassword()); // EXPECT: log-leak
        LOG.info("authorities {}", authentication.getAuthorities()); // clean: roles are not personal data
        LOG.info("account locked: {}", !user.isAccountNonLocked()); // clean: boolean
        LOG.info("authenticated: {}", authentication.isAuthenticated()); // clean: boolean
    }

    public void current() {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        LOG.info("current user {}", current.getName()); // EXPECT: log-leak
    }
}
