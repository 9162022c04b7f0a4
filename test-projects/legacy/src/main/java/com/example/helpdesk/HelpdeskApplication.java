package com.example.helpdesk;

import com.example.helpdesk.catalog.Catalog;
import com.example.helpdesk.config.AppSettings;
import com.example.helpdesk.customer.CustomerRepository;
import com.example.helpdesk.customer.CustomerService;
import com.example.helpdesk.customer.RegistrationRequest;
import com.example.helpdesk.order.OrderService;
import com.example.helpdesk.payment.PaymentService;
import com.example.helpdesk.support.HelpdeskMailer;
import com.example.helpdesk.support.TicketService;
import java.time.Clock;
import java.time.LocalDate;

/** Wires the shop and its support desk together; the web layer lives elsewhere. */
public final class HelpdeskApplication {

    private HelpdeskApplication() {
    }

    public static void main(String[] args) {
        AppSettings settings = AppSettings.fromEnvironment();
        Clock clock = Clock.systemUTC();
        CustomerRepository customers = new CustomerRepository();
        HelpdeskMailer mailer = new HelpdeskMailer(settings);
        CustomerService customerService = new CustomerService(customers, mailer, clock);
        OrderService orders = new OrderService(customers, new Catalog(), new PaymentService(settings), clock);
        TicketService tickets = new TicketService(customers, mailer, clock);

        long id = customerService.register(new RegistrationRequest("Ada", "Lovelace", "ada@example.org", "secret",
                LocalDate.of(1990, 12, 10), "Main Street", "1", "12345", "London"));
        orders.placeOrder(id, "SKU-1", 2);
        tickets.open(id, "Where is my parcel?");
    }
}
