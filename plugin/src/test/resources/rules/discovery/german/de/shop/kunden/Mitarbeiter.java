package de.shop.kunden;

/** Personalakte: besondere Kategorien nach Art. 9 DSGVO. */
public record Mitarbeiter(
        String personalNummer, // clean: eine interne Nummer
        String konfession, // EXPECT: unannotated-personal-data
        boolean gewerkschaftsmitglied, // clean: ein Wahrheitswert
        String gewerkschaft, // EXPECT: unannotated-personal-data
        String sozialversicherungsnummer, // EXPECT: unannotated-personal-data
        String vorstrafen) { // EXPECT: unannotated-personal-data
}
