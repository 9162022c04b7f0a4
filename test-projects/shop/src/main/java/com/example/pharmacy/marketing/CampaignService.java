package com.example.pharmacy.marketing;

import com.example.pharmacy.common.MailGateway;
import com.example.pharmacy.common.Purposes;
import com.example.pharmacy.customer.Customer;
import com.example.pharmacy.customer.CustomerRepository;
import com.example.pharmacy.newsletter.NewsletterRepository;
import com.example.pharmacy.newsletter.NewsletterSubscription;
import com.example.pharmacy.prescription.PrescriptionService;
import io.github.pdguard.annotations.ProcessingPurpose;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends campaigns and hands out vouchers. */
@ProcessingPurpose(Purposes.MARKETING)
public class CampaignService {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignService.class);

    private final NewsletterRepository subscriptions;
    private final CustomerRepository customers;
    private final PrescriptionService prescriptions;
    private final MailGateway mail;

    public CampaignService(NewsletterRepository subscriptions, CustomerRepository customers, PrescriptionService prescriptions, MailGateway mail) {
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.prescriptions = prescriptions;
        this.mail = mail;
    }

    /** Mails a campaign to everybody who signed up for the newsletter. */
    public int send(Campaign campaign) {
        int sent = 0;
        for (NewsletterSubscription subscription : subscriptions.findConfirmed()) {
            mail.send(subscription.getEmail(), campaign.title(), campaign.body());
            sent++;
        }
        LOG.info("campaign {} '{}' sent to {} recipients", campaign.id(), campaign.title(), sent);
        return sent;
    }

    /** Customers whose birthday is today get a voucher in their account. */
    public List<Long> birthdayVoucherRecipients(LocalDate today) {
        List<Long> result = new ArrayList<>();
        for (Customer customer : customers.findAll()) {
            LocalDate born = customer.getDateOfBirth();
            if (born != null && born.getMonth() == today.getMonth() && born.getDayOfMonth() == today.getDayOfMonth()) {
                result.add(customer.getId());
            }
        }
        LOG.info("{} customers get a birthday voucher on {}", result.size(), today);
        return result;
    }

    /** Hay-fever campaign: targets customers who already take an antihistamine. */
    public boolean isHayFeverTarget(long customerId) {
        List<String> active = prescriptions.activeMedicationsOf(customerId);
        return active.stream().anyMatch(item -> item.toLowerCase(Locale.ROOT).contains("cetirizine"));
    }

    public String voucherText(Customer customer, Campaign campaign) {
        return "Dear " + customer.getFirstName() + ", enjoy 10% off with code " + campaign.voucherCode() + ".";
    }
}
