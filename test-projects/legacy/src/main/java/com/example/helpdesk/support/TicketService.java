package com.example.helpdesk.support;

import com.example.helpdesk.customer.Customer;
import com.example.helpdesk.customer.CustomerRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Opens, answers and closes support tickets. */
public class TicketService {
    private static final Logger LOG = LoggerFactory.getLogger(TicketService.class);

    private final CustomerRepository customers;
    private final HelpdeskMailer mailer;
    private final Clock clock;
    private final Map<Long, SupportTicket> tickets = new ConcurrentHashMap<>();
    private final List<CallbackRequest> callbacks = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong(900);

    public TicketService(CustomerRepository customers, HelpdeskMailer mailer, Clock clock) {
        this.customers = customers;
        this.mailer = mailer;
        this.clock = clock;
    }

    public long open(long customerId, String subject) {
        Customer customer = customers.get(customerId);
        String email = customer.getEmail();
        MDC.put("customerEmail", email);
        try {
            long id = sequence.incrementAndGet();
            tickets.put(id, new SupportTicket(id, customerId, email, subject, "", clock.instant()));
            LOG.info("ticket {} opened by customer {}", id, customerId);
            mailer.send(email, "Your ticket " + id, "We will answer soon.");
            return id;
        } finally {
            MDC.remove("customerEmail");
        }
    }

    public void requestCallback(long ticketId, String name, String phoneNumber) {
        SupportTicket ticket = tickets.get(ticketId);
        ticket.setCallbackPhone(phoneNumber);
        callbacks.add(new CallbackRequest(ticketId, name, phoneNumber, null));
        LOG.info("callback requested for ticket {}: call {} at {}", ticketId, name, phoneNumber);
    }

    public void close(long ticketId, Agent agent) {
        SupportTicket ticket = tickets.get(ticketId);
        ticket.setStatus(TicketStatus.CLOSED);
        LOG.info("ticket {} closed by agent {}", ticketId, agent.getLogin());
    }
}
