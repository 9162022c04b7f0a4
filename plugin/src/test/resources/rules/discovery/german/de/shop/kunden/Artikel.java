package de.shop.kunden;

/** Ein Artikel des Katalogs. */
public class Artikel {
    private String name; // clean: der Name eines Artikels
    private String dateiname; // clean: kein Begriff des Wörterbuchs
    private String hersteller; // clean: kein Begriff des Wörterbuchs
}
