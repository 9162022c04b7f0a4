package com.gym.billing;

/** Direct-debit details. */
class PaymentDetails {
	private String accountHolder;
	private String bic;
	private int dayOfMonth;
}
