package com.shop.checkout;

import com.acme.AuditTrail;
import com.acme.Geo;
import com.acme.Masker;
import com.shop.audit.ComplianceJournal;
import com.shop.audit.Pseudonyms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configured with logSinks com.acme.AuditTrail#record and com.shop.audit.ComplianceJournal#append,
 * sanitizers com.acme.Masker#mask and com.shop.audit.Pseudonyms#of, sources com.acme.Geo#lookup=LOCATION.
 */
public class CheckoutService {
    private static final Logger LOG = LoggerFactory.getLogger(CheckoutService.class);
    private final AuditTrail auditTrail;
    private final ComplianceJournal journal;
    private final Geo geo;

    public CheckoutService(AuditTrail auditTrail, ComplianceJournal journal, Geo geo) {
        this.auditTrail = auditTrail;
        this.journal = journal;
        this.geo = geo;
    }

    public void pay(Buyer buyer, String clientIp) {
        auditTrail.record("payment by " + buyer.getEmail()); // EXPECT: log-leak
        auditTrail.record("payment for cart " + buyer.getCartId()); // clean
        auditTrail.flush(buyer.getEmail()); // clean: only AuditTrail#record is configured
        journal.append("card " + buyer.getCardNumber()); // EXPECT: log-leak
        journal.append("cart " + buyer.getCartId()); // clean
        LOG.info("card {}", Masker.mask(buyer.getCardNumber())); // clean: configured sanitizer
        LOG.info("card {}", Masker.unmask(buyer.getCardNumber())); // EXPECT: log-leak
        LOG.info("buyer {}", Pseudonyms.of(buyer.getEmail())); // clean: configured sanitizer of the analysed code
        LOG.info("buyer {}", Pseudonyms.prefix(buyer.getEmail())); // EXPECT: log-leak
        LOG.info("paying from {}", geo.lookup(clientIp)); // EXPECT: log-leak
        LOG.info("paying from {}", Geo.lookup(clientIp)); // EXPECT: log-leak
        String city = geo.lookup(clientIp);
        auditTrail.record("payment from " + city); // EXPECT: log-leak
        LOG.info("geo lookup took {} ms", geo.latencyMillis(clientIp)); // clean: not a configured source
        LOG.info("client known: {}", geo.lookup(clientIp).isEmpty()); // clean: boolean
    }
}
