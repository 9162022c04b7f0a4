package com.example.helpdesk.config;

/** Settings read from the environment: machine accounts and addresses of the company, not of persons. */
public class AppSettings {
    private String smtpHost;
    private String smtpUser;
    private String smtpPassword;
    private String supportEmail;
    private String paymentGatewayUrl;
    private String paymentApiKey;

    public static AppSettings fromEnvironment() {
        AppSettings settings = new AppSettings();
        settings.smtpHost = System.getenv().getOrDefault("SMTP_HOST", "localhost");
        settings.smtpUser = System.getenv().getOrDefault("SMTP_USER", "helpdesk");
        settings.smtpPassword = System.getenv().getOrDefault("SMTP_PASSWORD", "");
        settings.supportEmail = System.getenv().getOrDefault("SUPPORT_EMAIL", "support@example.com");
        settings.paymentGatewayUrl = System.getenv().getOrDefault("PAYMENT_URL", "https://pay.example.com");
        settings.paymentApiKey = System.getenv().getOrDefault("PAYMENT_API_KEY", "");
        return settings;
    }

    public String getSmtpHost() {
        return smtpHost;
    }

    public String getSmtpUser() {
        return smtpUser;
    }

    public String getSmtpPassword() {
        return smtpPassword;
    }

    public String getSupportEmail() {
        return supportEmail;
    }

    public String getPaymentGatewayUrl() {
        return paymentGatewayUrl;
    }

    public String getPaymentApiKey() {
        return paymentApiKey;
    }
}
