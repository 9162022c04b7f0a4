package de.shop.kunden;

import java.time.LocalDate;

/** Ein Kunde aus dem Altsystem, noch ohne Deklarationen. */
public class Kunde {
    private Long kundenNummer; // clean: eine interne Nummer
    private String vorname; // EXPECT: unannotated-personal-data
    private String nachname; // EXPECT: unannotated-personal-data
    private String name; // EXPECT: unannotated-personal-data
    private LocalDate geburtsDatum; // EXPECT: unannotated-personal-data
    private String geschlecht; // EXPECT: unannotated-personal-data
    private String straße; // EXPECT: unannotated-personal-data
    private String hausnummer; // EXPECT: unannotated-personal-data
    private String plz; // EXPECT: unannotated-personal-data
    private String ort; // EXPECT: unannotated-personal-data
    private String telefonnummer; // EXPECT: unannotated-personal-data
    private String email_adresse; // EXPECT: unannotated-personal-data
    private String iban; // EXPECT: unannotated-personal-data
    private String steuerId; // EXPECT: unannotated-personal-data
    private String passwort; // EXPECT: unannotated-personal-data
    private String passwortRichtlinie; // clean: eine Richtlinie
    private String emailVorlage; // clean: eine Vorlage
    private int anzahlBestellungen; // clean: eine Zahl
}
