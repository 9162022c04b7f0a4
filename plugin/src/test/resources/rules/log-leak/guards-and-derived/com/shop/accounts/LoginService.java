package com.shop.accounts;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs users in. Guards do not make a leak safe; booleans, lengths and hashes are not personal data. */
public class LoginService {
    private static final Logger LOG = LoggerFactory.getLogger(LoginService.class);

    public boolean login(UserAccount account, String attempt) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("login attempt for {}", account.getEmail()); // EXPECT: log-leak
        }
        if (LOG.isTraceEnabled()) {
            LOG.trace("login attempt for account {}", account.getAccountId()); // clean
        }
        boolean debug = LOG.isDebugEnabled();
        LOG.info("debug logging on: {}", debug); // clean
        boolean matches = Objects.equals(account.getPasswordHash(), attempt);
        LOG.info("password matches: {}", matches); // clean: boolean
        LOG.info("same mail: {}", account.getEmail().equals(attempt)); // clean: boolean
        LOG.info("mail ignoring case: {}", account.getEmail().equalsIgnoreCase(attempt)); // clean: boolean
        LOG.info("mail length {}", account.getEmail().length()); // clean: an int
        LOG.info("mail hash {}", account.getEmail().hashCode()); // clean: a hash code
        LOG.info("mail is blank: {}", account.getEmail().isBlank()); // clean: boolean
        LOG.info("corporate: {}", account.getEmail().endsWith("@example.com")); // clean: boolean
        LOG.info("has mail: {}", account.getEmail() != null && !account.getEmail().isEmpty()); // clean: boolean
        LOG.info("adult: {}", account.getAge() >= 18); // clean: comparison
        LOG.info("compared {}", account.getEmail().compareTo(attempt)); // clean: compareTo is an int
        LOG.info("age {}", account.getAge()); // EXPECT: log-leak
        LOG.info("age next year {}", account.getAge() + 1); // EXPECT: log-leak
        LOG.info("born {}", account.getDateOfBirth()); // EXPECT: log-leak
        LOG.info("age {}", Period.between(account.getDateOfBirth(), LocalDate.now())); // EXPECT: log-leak
        LOG.info("years {}", Period.between(account.getDateOfBirth(), LocalDate.now()).getYears()); // clean: getYears is a number that is no magnitude of the date
        LOG.info("type {}", account.getEmail().getClass()); // clean: getClass
        return matches;
    }
}
