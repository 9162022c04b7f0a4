package com.example.pharmacy.order;

import com.example.pharmacy.common.ContactFormatter;
import com.example.pharmacy.common.MailGateway;
import com.example.pharmacy.common.NotFoundException;
import com.example.pharmacy.common.Purposes;
import com.example.pharmacy.customer.Customer;
import com.example.pharmacy.customer.CustomerRepository;
import com.example.pharmacy.customer.PostalAddress;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Places, confirms and ships orders. */
@ProcessingPurpose(Purposes.ORDER_FULFILMENT)
public class OrderService {

    private static final Logger LOG = LoggerFactory.getLogger(OrderService.class);

    private final OrderRepository orders;
    private final CustomerRepository customers;
    private final MailGateway mail;
    private final Clock clock;

    public OrderService(OrderRepository orders, CustomerRepository customers, MailGateway mail, Clock clock) {
        this.orders = orders;
        this.customers = customers;
        this.mail = mail;
        this.clock = clock;
    }

    public Order place(long customerId, List<OrderLine> lines, String instructions) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        if (customers.findById(customerId).isEmpty()) {
            throw new NotFoundException("customer", customerId);
        }
        Order order = new Order(orders.nextId(), customerId, lines, instructions, clock.instant());
        orders.save(order);
        LOG.info("order {} placed by customer {}: {} lines, {} EUR", order.getId(), customerId, lines.size(), order.total());
        return order;
    }

    public void confirm(long orderId) {
        Order order = require(orderId);
        Customer customer = customerOf(order);
        order.setStatus(OrderStatus.CONFIRMED);
        String text = "Dear " + customer.getFirstName() + ",\n\nthank you for your order no. " + orderId + ".";
        mail.send(customer.getEmail(), "Your order " + orderId, text);
        LOG.info("order {} confirmed for {}", orderId, ContactFormatter.recipient(customer));
    }

    public String ship(long orderId) {
        Order order = require(orderId);
        Customer customer = customerOf(order);
        PostalAddress to = customer.getAddress();
        String label = String.join("\n", customer.getFirstName() + " " + customer.getLastName(), to.street(), to.postalCode() + " " + to.city());
        boolean hasNote = order.getDeliveryInstructions() != null && !order.getDeliveryInstructions().isBlank();
        if (hasNote) {
            label = label + "\n" + order.getDeliveryInstructions();
        }
        order.setStatus(OrderStatus.SHIPPED);
        LOG.info("order {} is now {}, delivery note present: {}", orderId, OrderStatus.SHIPPED, hasNote);
        LOG.debug("{} orders shipped so far", orders.countByStatus(OrderStatus.SHIPPED));
        return label;
    }

    public void cancel(long orderId) {
        Order order = require(orderId);
        OrderStatus previous = order.getStatus();
        if (previous == OrderStatus.SHIPPED) {
            throw new IllegalStateException("order " + orderId + " has already been shipped");
        }
        order.setStatus(OrderStatus.CANCELLED);
        LOG.info("order {} cancelled (status was {})", orderId, previous);
    }

    private Order require(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new NotFoundException("order", orderId));
    }

    private Customer customerOf(Order order) {
        return customers.findById(order.getCustomerId()).orElseThrow(() -> new NotFoundException("customer", order.getCustomerId()));
    }
}
