package com.example.pharmacy.payment;

import com.example.pharmacy.common.Masking;
import com.example.pharmacy.common.NotFoundException;
import com.example.pharmacy.common.Purposes;
import com.example.pharmacy.order.Order;
import io.github.pdguard.annotations.Category;
import io.github.pdguard.annotations.PersonalData;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Direct-debit mandates, payments and invoices. */
@ProcessingPurpose(Purposes.BILLING)
public class PaymentService {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);
    private static final int MIN_IBAN_LENGTH = 15;

    private final Map<Long, PaymentMethod> methods = new ConcurrentHashMap<>();
    private final List<Invoice> archive = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong(300);
    private final Clock clock;

    public PaymentService(Clock clock) {
        this.clock = clock;
    }

    public long registerDirectDebit(long customerId, @PersonalData(category = Category.FINANCIAL) String iban, @PersonalData(category = Category.IDENTITY) String accountHolder) {
        if (iban == null || iban.isBlank()) {
            throw new IllegalArgumentException("an IBAN is required");
        }
        String compact = iban.replace(" ", "").toUpperCase();
        if (compact.length() < MIN_IBAN_LENGTH) {
            throw new IllegalArgumentException("IBAN too short: " + compact.length() + " characters");
        }
        long id = sequence.incrementAndGet();
        methods.put(id, new PaymentMethod(id, customerId, compact, accountHolder, "MANDATE-" + id));
        LOG.info("direct debit mandate {} registered for customer {}", id, customerId);
        return id;
    }

    /** Debits the order total and archives the invoice; returns the invoice number. */
    public String charge(Order order, long paymentMethodId) {
        PaymentMethod method = methods.get(paymentMethodId);
        if (method == null) {
            throw new NotFoundException("payment method", paymentMethodId);
        }
        if (method.getCustomerId() != order.getCustomerId()) {
            throw new IllegalStateException("payment method " + paymentMethodId + " does not belong to the customer of order " + order.getId());
        }
        BigDecimal amount = order.total();
        LOG.info("debiting {} EUR for order {} from {}", amount, order.getId(), Masking.maskIban(method.getIban()));
        String invoiceNumber = "INV-" + LocalDate.now(clock).getYear() + "-" + sequence.incrementAndGet();
        Invoice invoice = new Invoice(invoiceNumber, order.getId(), method.getAccountHolder(), amount, LocalDate.now(clock));
        synchronized (archive) {
            archive.add(invoice);
        }
        LOG.info("order {} charged, invoice {} archived", order.getId(), invoiceNumber);
        return invoiceNumber;
    }
}
