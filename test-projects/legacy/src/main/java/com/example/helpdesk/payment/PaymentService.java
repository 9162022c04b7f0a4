package com.example.helpdesk.payment;

import com.example.helpdesk.config.AppSettings;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects payments by direct debit through the payment gateway. */
public class PaymentService {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);

    private final String apiKey;
    private final Map<Long, PaymentDetails> mandates = new ConcurrentHashMap<>();

    public PaymentService(AppSettings settings) {
        this.apiKey = settings.getPaymentApiKey();
    }

    public void register(PaymentDetails details) {
        mandates.put(details.getCustomerId(), details);
    }

    public void collect(long customerId, BigDecimal amount) {
        PaymentDetails details = mandates.get(customerId);
        if (details == null) {
            LOG.info("customer {} pays by invoice: {}", customerId, amount);
            return;
        }
        String iban = details.getIban();
        if (!iban.startsWith("DE") && !iban.startsWith("GB")) {
            LOG.warn("cannot debit {} from account {}", amount, iban);
            return;
        }
        LOG.debug("debiting {} with key {}", amount, apiKey.isEmpty() ? "none" : "configured");
    }
}
