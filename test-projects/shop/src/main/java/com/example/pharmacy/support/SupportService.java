package com.example.pharmacy.support;

import com.example.pharmacy.common.MailGateway;
import com.example.pharmacy.common.NotFoundException;
import com.example.pharmacy.common.Purposes;
import com.example.pharmacy.customer.Customer;
import com.example.pharmacy.customer.CustomerRepository;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Support tickets and call-back requests. */
@ProcessingPurpose(Purposes.SUPPORT)
public class SupportService {

    private static final Logger LOG = LoggerFactory.getLogger(SupportService.class);
    private static final String MDC_KEY = "customer";

    private final CustomerRepository customers;
    private final MailGateway mail;
    private final Clock clock;
    private final Map<Long, SupportTicket> tickets = new ConcurrentHashMap<>();
    private final List<CallbackRequest> callbacks = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong(900);

    public SupportService(CustomerRepository customers, MailGateway mail, Clock clock) {
        this.customers = customers;
        this.mail = mail;
        this.clock = clock;
    }

    public long open(long customerId, String text) {
        Customer customer = customers.findById(customerId).orElseThrow(() -> new NotFoundException("customer", customerId));
        MDC.put(MDC_KEY, customer.getEmail());
        try {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("the ticket text is empty");
            }
            long ticketId = sequence.incrementAndGet();
            tickets.put(ticketId, new SupportTicket(ticketId, customerId, customer.getEmail(), text.strip(), clock.instant()));
            LOG.info("ticket {} opened for customer {} ({} characters)", ticketId, customerId, text.length());
            return ticketId;
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    public void answer(long ticketId, String reply) {
        SupportTicket ticket = require(ticketId);
        if (ticket.isClosed()) {
            throw new IllegalStateException("ticket " + ticketId + " is already closed");
        }
        mail.send(ticket.getContactEmail(), "Your request " + ticketId, reply);
        ticket.close();
        LOG.info("ticket {} answered and closed", ticketId);
    }

    public void requestCallback(long ticketId, String number, LocalDateTime preferredTime) {
        require(ticketId);
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a call-back needs a number to call");
        }
        synchronized (callbacks) {
            callbacks.add(new CallbackRequest(ticketId, number.strip(), preferredTime));
        }
        LOG.info("call-back for ticket {} requested at {}", ticketId, preferredTime);
    }

    public int openTickets() {
        int open = 0;
        for (SupportTicket ticket : tickets.values()) {
            if (!ticket.isClosed()) {
                open++;
            }
        }
        return open;
    }

    private SupportTicket require(long ticketId) {
        SupportTicket ticket = tickets.get(ticketId);
        if (ticket == null) {
            throw new NotFoundException("ticket", ticketId);
        }
        return ticket;
    }
}
