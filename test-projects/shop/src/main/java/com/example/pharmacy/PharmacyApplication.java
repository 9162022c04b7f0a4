package com.example.pharmacy;

import com.example.pharmacy.common.MailGateway;
import com.example.pharmacy.customer.CustomerRepository;
import com.example.pharmacy.customer.CustomerService;
import com.example.pharmacy.marketing.CampaignService;
import com.example.pharmacy.newsletter.NewsletterRepository;
import com.example.pharmacy.newsletter.NewsletterService;
import com.example.pharmacy.newsletter.UnconfirmedSubscriptionCleanupJob;
import com.example.pharmacy.order.OrderRepository;
import com.example.pharmacy.order.OrderService;
import com.example.pharmacy.payment.PaymentService;
import com.example.pharmacy.prescription.PrescriptionRepository;
import com.example.pharmacy.prescription.PrescriptionService;
import com.example.pharmacy.prescription.RefillReminderJob;
import com.example.pharmacy.support.SupportService;
import com.example.pharmacy.web.ShopController;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the application together and schedules the background jobs. */
public final class PharmacyApplication {

    private static final Logger LOG = LoggerFactory.getLogger(PharmacyApplication.class);

    private final ShopController controller;
    private final CampaignService campaigns;
    private final PaymentService payments;
    private final PrescriptionService prescriptions;
    private final RefillReminderJob refillReminders;
    private final UnconfirmedSubscriptionCleanupJob newsletterCleanup;

    public PharmacyApplication(Clock clock) {
        MailGateway mail = new MailGateway();
        CustomerRepository customerRepository = new CustomerRepository();
        NewsletterRepository newsletterRepository = new NewsletterRepository();
        PrescriptionRepository prescriptionRepository = new PrescriptionRepository();

        this.prescriptions = new PrescriptionService(prescriptionRepository, customerRepository, clock);
        this.payments = new PaymentService(clock);
        this.campaigns = new CampaignService(newsletterRepository, customerRepository, prescriptions, mail);
        this.controller = new ShopController(
                new CustomerService(customerRepository, clock),
                new NewsletterService(newsletterRepository, mail, clock),
                new OrderService(new OrderRepository(), customerRepository, mail, clock),
                new SupportService(customerRepository, mail, clock));
        this.refillReminders = new RefillReminderJob(prescriptionRepository, customerRepository, mail, clock);
        this.newsletterCleanup = new UnconfirmedSubscriptionCleanupJob(newsletterRepository, clock);
    }

    public ShopController controller() {
        return controller;
    }

    public CampaignService campaigns() {
        return campaigns;
    }

    public PaymentService payments() {
        return payments;
    }

    public PrescriptionService prescriptions() {
        return prescriptions;
    }

    public ScheduledExecutorService startJobs() {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        scheduler.scheduleAtFixedRate(refillReminders, 1, 24 * 60, TimeUnit.MINUTES);
        scheduler.scheduleAtFixedRate(newsletterCleanup, 5, 24 * 60, TimeUnit.MINUTES);
        LOG.info("background jobs scheduled");
        return scheduler;
    }

    public static void main(String[] args) {
        PharmacyApplication application = new PharmacyApplication(Clock.systemDefaultZone());
        application.startJobs();
        LOG.info("online pharmacy started");
    }
}
