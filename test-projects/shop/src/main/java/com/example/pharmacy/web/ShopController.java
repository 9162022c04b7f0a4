package com.example.pharmacy.web;

import com.example.pharmacy.customer.Customer;
import com.example.pharmacy.customer.CustomerService;
import com.example.pharmacy.customer.RegistrationForm;
import com.example.pharmacy.newsletter.NewsletterService;
import com.example.pharmacy.newsletter.NewsletterSubscription;
import com.example.pharmacy.order.Order;
import com.example.pharmacy.order.OrderLine;
import com.example.pharmacy.order.OrderService;
import com.example.pharmacy.support.SupportService;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP entry points of the shop (framework glue omitted; each method answers one route). */
public class ShopController {

    private static final Logger LOG = LoggerFactory.getLogger(ShopController.class);

    private final CustomerService customerService;
    private final NewsletterService newsletterService;
    private final OrderService orderService;
    private final SupportService supportService;

    public ShopController(CustomerService customerService, NewsletterService newsletterService, OrderService orderService, SupportService supportService) {
        this.customerService = customerService;
        this.newsletterService = newsletterService;
        this.orderService = orderService;
        this.supportService = supportService;
    }

    /** POST /customers */
    public String register(HttpServletRequest request) {
        LOG.info("registration request from {}", request.getRemoteAddr());
        Customer customer = customerService.register(RegistrationForm.from(request));
        LOG.info("customer {} created", customer.getId());
        return "201 /customers/" + customer.getId();
    }

    /** POST /customers/lookup (back office) */
    public String lookup(HttpServletRequest request) {
        LOG.debug("{} {}", request.getMethod(), request.getRequestURI());
        Customer customer = customerService.requireByEmail(request.getParameter("email"));
        return "200 /customers/" + customer.getId();
    }

    /** POST /newsletter */
    public String subscribe(HttpServletRequest request) {
        LOG.debug("newsletter sign-up, language {}", request.getHeader("Accept-Language"));
        NewsletterSubscription subscription = newsletterService.subscribe(request.getParameter("email"));
        return "202 /newsletter/" + subscription.getId();
    }

    /** POST /orders */
    public String order(HttpServletRequest request, long customerId) {
        String product = request.getParameter("product");
        int quantity = Integer.parseInt(request.getParameter("quantity"));
        BigDecimal price = new BigDecimal(request.getParameter("price"));
        Order order = orderService.place(customerId, List.of(new OrderLine(product, quantity, price)), request.getParameter("note"));
        LOG.info("order {} accepted, {} items", order.getId(), quantity);
        return "201 /orders/" + order.getId();
    }

    /** POST /support */
    public String contactSupport(HttpServletRequest request, long customerId) {
        long ticketId = supportService.open(customerId, request.getParameter("message"));
        LOG.info("support ticket {} created via {}", ticketId, request.getRequestURI());
        return "201 /support/" + ticketId;
    }
}
