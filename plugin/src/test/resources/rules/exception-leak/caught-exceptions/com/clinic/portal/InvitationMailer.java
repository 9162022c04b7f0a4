package com.clinic.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends portal invitations. The leak is where the exception is created; logging the caught
 * exception, its message or its cause later is not reported again.
 */
public class InvitationMailer {
    private static final Logger LOG = LoggerFactory.getLogger(InvitationMailer.class);

    public void invite(PortalUser user) {
        try {
            deliver(user);
        } catch (MailBounceException e) {
            LOG.warn("invitation bounced", e); // clean: a caught exception is not personal data
            LOG.warn("invitation bounced: {}", e.getMessage()); // clean: nor is its message
            LOG.warn("invitation for user {} bounced: {}", user.getUserId(), e.toString()); // clean
            throw new IllegalStateException("invitation failed", e); // clean: wrapping the caught exception
        } catch (RuntimeException e) {
            LOG.error("invitation for user {} failed", user.getUserId(), e); // clean
            throw new IllegalStateException("invitation for " + user.getEmail() + " failed", e); // EXPECT: exception-leak
        }
    }

    private void deliver(PortalUser user) throws MailBounceException {
        if (user.getEmail().endsWith(".invalid")) {
            throw new MailBounceException("mailbox " + user.getEmail() + " does not exist"); // EXPECT: exception-leak
        }
    }
}
