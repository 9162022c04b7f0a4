package com.example.helpdesk.order;

import com.example.helpdesk.catalog.Catalog;
import com.example.helpdesk.catalog.Product;
import com.example.helpdesk.customer.Customer;
import com.example.helpdesk.customer.CustomerRepository;
import com.example.helpdesk.payment.PaymentService;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Taking, paying and shipping orders. */
public class OrderService {
    private static final Logger LOG = LoggerFactory.getLogger(OrderService.class);

    private final CustomerRepository customers;
    private final Catalog catalog;
    private final PaymentService payments;
    private final Clock clock;
    private final ShippingLabelPrinter printer = new ShippingLabelPrinter();
    private final Map<Long, Order> orders = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(50000);

    public OrderService(CustomerRepository customers, Catalog catalog, PaymentService payments, Clock clock) {
        this.customers = customers;
        this.catalog = catalog;
        this.payments = payments;
        this.clock = clock;
    }

    public long placeOrder(long customerId, String sku, int quantity) {
        Customer customer = customers.get(customerId);
        Product product = catalog.find(sku).orElseThrow(() -> new IllegalArgumentException("unknown product " + sku));
        Order order = new Order(sequence.incrementAndGet(), customerId, customer.getFullName(), customer.getAddress(),
                clock.instant());
        order.getLines().add(new OrderLine(product.sku(), product.name(), quantity, product.price()));
        orders.put(order.getId(), order);
        LOG.info("order {} placed: {} x {} for {}", order.getId(), quantity, product.name(), customer.getEmail());
        payments.collect(customerId, order.total());
        order.setStatus(OrderStatus.PAID);
        return order.getId();
    }

    public void ship(long orderId) {
        Order order = orders.get(orderId);
        printer.print(order);
        order.setStatus(OrderStatus.SHIPPED);
        LOG.info("order {} shipped to {}", orderId, order.getShippingAddress().getCity());
    }
}
