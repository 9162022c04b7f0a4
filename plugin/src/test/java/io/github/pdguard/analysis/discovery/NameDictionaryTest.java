package io.github.pdguard.analysis.discovery;

import io.github.pdguard.analysis.discovery.NameDictionary.Match;
import io.github.pdguard.analysis.discovery.NameDictionary.TypeContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled dictionary: names that must match (with their category) and look-alikes that must not. */
class NameDictionaryTest {
    private static final NameDictionary DICTIONARY = NameDictionary.standard();

    private static String classify(String identifier, String type) {
        Optional<Match> match = DICTIONARY.classify(identifier, type == null || type.isEmpty() ? null : type);
        return match.map(Match::categoryName).orElse("-");
    }

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(nullValues = "", textBlock = """
            # English contact data, in every naming style
            email,                     , CONTACT
            eMail,                     , CONTACT
            e_mail,                    , CONTACT
            EMAIL,                     , CONTACT
            customerEmail,             , CONTACT
            CUSTOMER_EMAIL,            , CONTACT
            customer_email,            , CONTACT
            emailAddress,              , CONTACT
            EmailAddress,              , CONTACT
            getEmail,                  , CONTACT
            emails,                    , CONTACT
            emailList,                 , CONTACT
            contactEmails,             , CONTACT
            phoneNumber,               , CONTACT
            phone_number,              , CONTACT
            homePhone,                 , CONTACT
            phoneNumbers,              , CONTACT
            mobileNumber,              , CONTACT
            mobilePhone,               , CONTACT
            faxNumber,                 , CONTACT
            telephone,                 , CONTACT
            msisdn,                    , CONTACT
            mobile,                    Customer, CONTACT
            street,                    , CONTACT
            streetAddress,             , CONTACT
            houseNumber,               , CONTACT
            zipCode,                   , CONTACT
            postcode,                  , CONTACT
            postalCode,                , CONTACT
            billingAddress,            , CONTACT
            shippingAddress,           , CONTACT
            addressLine1,              , CONTACT
            address,                   Customer, CONTACT
            addresses,                 Customer, CONTACT
            customerAddress,           , CONTACT
            city,                      Address, CONTACT
            city,                      ShippingAddress, CONTACT
            name,                      Order, IDENTITY
            name,                      Address, IDENTITY
            zip,                       Address, CONTACT
            homeCity,                  Customer, CONTACT
            # Names, birth, demographics
            firstName,                 , IDENTITY
            first_name,                , IDENTITY
            FIRST_NAME,                , IDENTITY
            firstname,                 , IDENTITY
            lastName,                  , IDENTITY
            fullName,                  , IDENTITY
            givenName,                 , IDENTITY
            familyName,                , IDENTITY
            surname,                   , IDENTITY
            maidenName,                , IDENTITY
            middleName,                , IDENTITY
            nickname,                  , IDENTITY
            username,                  , IDENTITY
            userName,                  , IDENTITY
            name,                      Customer, IDENTITY
            name,                      User, IDENTITY
            name,                      Person, IDENTITY
            name,                      Patient, IDENTITY
            name,                      Employee, IDENTITY
            name,                      Member, IDENTITY
            name,                      Contact, IDENTITY
            name,                      Applicant, IDENTITY
            name,                      CustomerDto, IDENTITY
            name,                      UserEntity, IDENTITY
            name,                      Customer.Builder, IDENTITY
            name,                      Kunde, IDENTITY
            name,                      Mitarbeiter, IDENTITY
            name,                      Benutzer, IDENTITY
            customerName,              , IDENTITY
            patientName,               , IDENTITY
            contactPersonName,         , IDENTITY
            ownerName,                 Company, IDENTITY
            dateOfBirth,               , IDENTITY
            date_of_birth,             , IDENTITY
            DATE_OF_BIRTH,             , IDENTITY
            birthDate,                 , IDENTITY
            birth_date,                , IDENTITY
            birthdate,                 , IDENTITY
            dob,                       , IDENTITY
            birthday,                  , IDENTITY
            placeOfBirth,              , IDENTITY
            cardHolderName,            , IDENTITY
            accountHolder,             , IDENTITY
            gender,                    , DEMOGRAPHIC
            sex,                       , DEMOGRAPHIC
            nationality,               , DEMOGRAPHIC
            citizenship,               , DEMOGRAPHIC
            maritalStatus,             , DEMOGRAPHIC
            age,                       Customer, DEMOGRAPHIC
            customerAge,               , DEMOGRAPHIC
            # Financial and government ids
            iban,                      , FINANCIAL
            IBAN,                      , FINANCIAL
            customerIBAN,              , FINANCIAL
            IBANValue,                 , FINANCIAL
            bic,                       , FINANCIAL
            accountNumber,             , FINANCIAL
            bankAccountNumber,         , FINANCIAL
            cardNumber,                , FINANCIAL
            creditCardNumber,          , FINANCIAL
            cvv,                       , FINANCIAL
            cvv2,                      , FINANCIAL
            cvc,                       , FINANCIAL
            salary,                    Employee, FINANCIAL
            taxId,                     , GOVERNMENT_ID
            taxNumber,                 , GOVERNMENT_ID
            ssn,                       , GOVERNMENT_ID
            SSN,                       , GOVERNMENT_ID
            socialSecurityNumber,      , GOVERNMENT_ID
            passportNumber,            , GOVERNMENT_ID
            passport,                  , GOVERNMENT_ID
            nationalId,                , GOVERNMENT_ID
            idCardNumber,              , GOVERNMENT_ID
            driverLicense,             , GOVERNMENT_ID
            driversLicenceNumber,      , GOVERNMENT_ID
            # Online identifiers and location
            ipAddress,                 , ONLINE_IDENTIFIER
            IPAddress,                 , ONLINE_IDENTIFIER
            ip_address,                , ONLINE_IDENTIFIER
            remoteAddr,                , ONLINE_IDENTIFIER
            remoteAddress,             , ONLINE_IDENTIFIER
            clientIp,                  , ONLINE_IDENTIFIER
            clientIP,                  , ONLINE_IDENTIFIER
            clientIpAddress,           , ONLINE_IDENTIFIER
            userIp,                    , ONLINE_IDENTIFIER
            ip,                        User, ONLINE_IDENTIFIER
            ipv4Address,               , ONLINE_IDENTIFIER
            xForwardedFor,             , ONLINE_IDENTIFIER
            deviceId,                  , ONLINE_IDENTIFIER
            cookieId,                  , ONLINE_IDENTIFIER
            sessionId,                 , ONLINE_IDENTIFIER
            userAgent,                 , ONLINE_IDENTIFIER
            USER_AGENT,                , ONLINE_IDENTIFIER
            latitude,                  , LOCATION
            longitude,                 , LOCATION
            geoLocation,               , LOCATION
            geolocation,               , LOCATION
            gpsCoordinates,            , LOCATION
            lastKnownLocation,         , LOCATION
            location,                  Customer, LOCATION
            # Credentials
            password,                  , CREDENTIAL
            passwordHash,              , CREDENTIAL
            hashedPassword,            , CREDENTIAL
            newPassword,               , CREDENTIAL
            passwordConfirmation,      , CREDENTIAL
            secret,                    , CREDENTIAL
            otpSecret,                 , CREDENTIAL
            credentials,               , CREDENTIAL
            accessToken,               , CREDENTIAL
            refreshToken,              , CREDENTIAL
            authToken,                 , CREDENTIAL
            bearerToken,               , CREDENTIAL
            apiKey,                    , CREDENTIAL
            API_KEY,                   , CREDENTIAL
            resetToken,                , CREDENTIAL
            token,                     User, CREDENTIAL
            pin,                       Customer, CREDENTIAL
            # Special categories
            diagnosis,                 , HEALTH
            diagnoses,                 , HEALTH
            medication,                , HEALTH
            medications,               , HEALTH
            allergies,                 , HEALTH
            allergy,                   , HEALTH
            disability,                , HEALTH
            bloodType,                 , HEALTH
            blood_group,               , HEALTH
            symptoms,                  , HEALTH
            medicalHistory,            , HEALTH
            weight,                    Patient, HEALTH
            weightKg,                  Patient, HEALTH
            treatment,                 Patient, HEALTH
            dna,                       , GENETIC
            dnaSequence,               , GENETIC
            genome,                    , GENETIC
            geneticTestResult,         , GENETIC
            fingerprintTemplate,       , BIOMETRIC
            fingerprint,               Employee, BIOMETRIC
            faceId,                    , BIOMETRIC
            biometricData,             , BIOMETRIC
            ethnicity,                 , RACIAL_OR_ETHNIC_ORIGIN
            ethnicOrigin,              , RACIAL_OR_ETHNIC_ORIGIN
            race,                      Patient, RACIAL_OR_ETHNIC_ORIGIN
            politicalOpinion,          , POLITICAL_OPINION
            religion,                  , RELIGIOUS_OR_PHILOSOPHICAL_BELIEF
            religiousAffiliation,      , RELIGIOUS_OR_PHILOSOPHICAL_BELIEF
            unionMembership,           , TRADE_UNION_MEMBERSHIP
            tradeUnion,                , TRADE_UNION_MEMBERSHIP
            sexualOrientation,         , SEX_LIFE_OR_SEXUAL_ORIENTATION
            criminalRecord,            , CRIMINAL_CONVICTION
            convictions,               , CRIMINAL_CONVICTION
            # German
            vorname,                   , IDENTITY
            vorName,                   , IDENTITY
            nachname,                  , IDENTITY
            familienname,              , IDENTITY
            geburtsname,               , IDENTITY
            geburtsdatum,              , IDENTITY
            geburtsDatum,              , IDENTITY
            GEBURTSDATUM,              , IDENTITY
            kundeGeburtsdatum,         , IDENTITY
            geburtstag,                , IDENTITY
            geburtsort,                , IDENTITY
            geschlecht,                , DEMOGRAPHIC
            staatsangehörigkeit,       , DEMOGRAPHIC
            staatsangehoerigkeit,      , DEMOGRAPHIC
            nationalitaet,             , DEMOGRAPHIC
            nationalität,              , DEMOGRAPHIC
            strasse,                   , CONTACT
            straße,                    , CONTACT
            Straße,                    , CONTACT
            hausnummer,                , CONTACT
            plz,                       , CONTACT
            PLZ,                       , CONTACT
            postleitzahl,              , CONTACT
            wohnort,                   , CONTACT
            ort,                       Adresse, CONTACT
            ort,                       Kunde, CONTACT
            telefon,                   , CONTACT
            telefonnummer,             , CONTACT
            telefonNummer,             , CONTACT
            handy,                     Kunde, CONTACT
            handynummer,               , CONTACT
            mobilnummer,               , CONTACT
            emailAdresse,              , CONTACT
            rechnungsadresse,          , CONTACT
            adresse,                   Kunde, CONTACT
            steuerId,                  , GOVERNMENT_ID
            steuernummer,              , GOVERNMENT_ID
            sozialversicherungsnummer, , GOVERNMENT_ID
            ausweisnummer,             , GOVERNMENT_ID
            reisepass,                 , GOVERNMENT_ID
            reisepassnummer,           , GOVERNMENT_ID
            fuehrerschein,             , GOVERNMENT_ID
            führerscheinNummer,        , GOVERNMENT_ID
            kontonummer,               , FINANCIAL
            bankleitzahl,              , FINANCIAL
            kreditkarte,               , FINANCIAL
            kreditkartenNummer,        , FINANCIAL
            passwort,                  , CREDENTIAL
            kennwort,                  , CREDENTIAL
            diagnose,                  , HEALTH
            krankheit,                 , HEALTH
            erkrankung,                , HEALTH
            vorerkrankungen,           , HEALTH
            medikament,                , HEALTH
            medikamente,               , HEALTH
            befund,                    , HEALTH
            blutgruppe,                , HEALTH
            behinderung,               , HEALTH
            konfession,                , RELIGIOUS_OR_PHILOSOPHICAL_BELIEF
            religion,                  Mitarbeiter, RELIGIOUS_OR_PHILOSOPHICAL_BELIEF
            kirchensteuerMerkmal,      , RELIGIOUS_OR_PHILOSOPHICAL_BELIEF
            gewerkschaft,              , TRADE_UNION_MEMBERSHIP
            gewerkschaftsZugehoerigkeit, , TRADE_UNION_MEMBERSHIP
            ethnie,                    , RACIAL_OR_ETHNIC_ORIGIN
            sexuelleOrientierung,      , SEX_LIFE_OR_SEXUAL_ORIENTATION
            sexuelle_orientierung,     , SEX_LIFE_OR_SEXUAL_ORIENTATION
            fingerabdruck,             , BIOMETRIC
            vorstrafe,                 , CRIMINAL_CONVICTION
            vorstrafen,                , CRIMINAL_CONVICTION
            fuehrungszeugnis,          , CRIMINAL_CONVICTION
            """)
    void personalNamesMatch(String identifier, String type, String category) {
        assertThat(classify(identifier, type)).as("%s in %s", identifier, type).isEqualTo(category);
    }

    /** The look-alikes of the issue and their kind: the term is not the head, or a word before it vetoes it. */
    @ParameterizedTest(name = "{0} is not personal data")
    @ValueSource(strings = {
            "emailTemplate", "EMAIL_TEMPLATE", "emailSubject", "emailBody", "emailSender", "emailService",
            "emailPattern", "EMAIL_REGEX", "emailValidator", "emailEnabled", "emailRequired", "emailField",
            "emailColumn", "emailCount", "emailLength", "emailKey", "emailVerified", "isEmailVerified",
            "hasEmail", "sendEmail", "numEmails", "maxEmailLength", "supportEmail", "noreplyEmail", "adminEmail",
            "mailServer", "mailHost", "mailSender", "smtpServer", "mail", "mailPort",
            "addressSpace", "address", "serverAddress", "localAddress", "bindAddress", "hostAddress",
            "socketAddress", "memoryAddress", "baseAddress", "addressBook", "addressType", "addressFormat",
            "ipcChannel", "ipc", "ip", "serverIp", "localIpAddress", "ipVersion", "zipFile", "zip",
            "tokenizer", "Tokenizer", "nextToken", "pageToken", "nextPageToken", "continuationToken",
            "tokenType", "tokenCount", "tokenExpiry", "tokenEndpoint", "tokenUrl", "token", "csrfToken",
            "secretName", "secretKeyRef", "clientSecret", "jwtSecret", "secretManager",
            "passwordPolicy", "passwordEncoder", "passwordLength", "passwordPattern", "passwordValidator",
            "passwordRequired", "passwordField", "passwordExpired", "keystorePassword", "keyStorePassword",
            "truststorePassword", "dbPassword", "smtpPassword", "datasourcePassword", "passwordResetEnabled",
            "birthDateFormat", "BIRTH_DATE_FORMAT", "dateOfBirthPattern", "birthdayReminderJob",
            "nameSpace", "namespace", "className", "fileName", "filename", "hostName", "hostname", "typeName",
            "methodName", "fieldName", "tableName", "columnName", "beanName", "packageName", "productName",
            "companyName", "categoryName", "tagName", "eventName", "jobName", "threadName", "loggerName",
            "name", "names", "nameLength", "namePattern", "displayName", "secretName", "realmName", "roleName",
            "userAgentParser", "userAgentHeader", "userAgentPattern",
            "phoneType", "phoneNumberFormat", "phoneNumberUtil", "streetType", "cityCode", "city",
            "ageLimit", "maxAge", "minAge", "cacheAge", "age", "cookieMaxAge",
            "certificateFingerprint", "keyFingerprint", "fingerprint", "sha256Fingerprint",
            "raceCondition", "race", "sessionTimeout", "sessionIdGenerator", "deviceIdHeader",
            "locationUrl", "location", "fileLocation", "weight", "height", "lineHeight", "maskedIban",
            "ibanMasked", "ibanLength", "ibanValidator", "cardNumberPattern", "unionType", "union",
            "countryCode", "country", "language", "title", "customerId", "userId", "orderId", "id",
            "emailVorlage", "passwortRichtlinie", "adresseFormat", "datei", "dateiname", "geburtsdatumFormat",
            "anzahlKunden", "ortsteilCode"
    })
    void lookAlikesDoNotMatch(String identifier) {
        assertThat(DICTIONARY.classify(identifier)).as(identifier).isEmpty();
    }

    /** Plain words that name personal data only in a person-like type, and nothing in a non-person. */
    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource(textBlock = """
            Product, name
            Company, name
            Category, name
            File, name
            Host, name
            Class, name
            CustomerService, name
            Bean, name
            Config, name
            Job, name
            Table, Name
            Column, name
            Field, name
            Tag, name
            Product, email
            Company, email
            Company, iban
            ServerConfig, password
            DataSourceProperties, password
            SmtpSettings, username
            MailService, password
            CustomerRepository, email
            InetAddress, address
            SocketAddress, address
            Warehouse, street
            Ticket, name
            Payment, name
            Shipment, weight
            Order, age
            Produkt, name
            Firma, email
            Kategorie, name
            Datei, name
            Customer, fileName
            Customer, companyName
            Customer, emailTemplate
            User, passwordPolicy
            User, tokenType
            Patient, insuranceName
            """)
    void nonPersonTypesAndQualifiedNamesStayQuiet(String type, String identifier) {
        assertThat(DICTIONARY.classify(identifier, type)).as("%s.%s", type, identifier).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Customer, PERSON
            CustomerDto, PERSON
            UserEntity, PERSON
            UserSessionModel, PERSON
            PatientRecord, PERSON
            Address, PERSON_RELATED
            PostalAddress, PERSON_RELATED
            Order, PERSON_RELATED
            Order.Line, PERSON_RELATED
            BankAccount, NEUTRAL
            Kunde, PERSON
            KundenDaten, PERSON
            Customer.Builder, PERSON
            Ticket, NEUTRAL
            LoginEvent, NEUTRAL
            Product, NON_PERSON
            CustomerService, NON_PERSON
            CustomerRepository, NON_PERSON
            ServerConfig, NON_PERSON
            InetAddress, NON_PERSON
            Customer.Config, NON_PERSON
            Member, PERSON
            MemberKey, NON_PERSON
            HandlerRegistry.MemberKey, NON_PERSON
            VirtualAnnotatedMember, NON_PERSON
            MemberIntrospector, NON_PERSON
            CustomerService.Row, NEUTRAL
            com.shop.Customer, PERSON
            """)
    void typeContexts(String type, TypeContext expected) {
        assertThat(DICTIONARY.typeContext(type)).isEqualTo(expected);
    }

    @Test
    void matchNamesTheWordsAndTheReason() {
        Match dob = DICTIONARY.classify("customerDateOfBirth").orElseThrow();
        assertThat(dob.words()).containsExactly("date", "of", "birth");
        assertThat(dob.term()).isEqualTo("date of birth");
        assertThat(dob.matched()).isEqualTo("date of birth");
        assertThat(dob.category()).hasToString("IDENTITY");
        assertThat(dob.isSpecial()).isFalse();
        assertThat(dob.weak()).isFalse();
        assertThat(dob.person()).isNull();

        Match name = DICTIONARY.classify("name", "Customer").orElseThrow();
        assertThat(name.weak()).isTrue();
        assertThat(name.person()).isEqualTo("Customer");
        assertThat(DICTIONARY.classify("customerName").orElseThrow().person()).isEqualTo("customer");

        Match diagnosis = DICTIONARY.classify("diagnosis").orElseThrow();
        assertThat(diagnosis.isSpecial()).isTrue();
        assertThat(diagnosis.specialCategory()).hasToString("HEALTH");
        assertThat(diagnosis.categoryName()).isEqualTo("HEALTH");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            customerEmail      | customer email
            date_of_birth      | date of birth
            IPAddress          | ip address
            HTTPServerConfig   | http server config
            address2           | address 2
            ipv4Address        | ipv 4 address
            staatsangehörigkeit| staatsangehoerigkeit
            Straße             | strasse
            $jacocoData        | jacoco data
            """)
    void wordsSplitAtEveryBoundary(String identifier, String words) {
        assertThat(NameDictionary.words(identifier)).containsExactly(words.split(" "));
    }

    @Test
    void malformedDataNamesTheLine() {
        assertThatThrownBy(() -> NameDictionary.parse(List.of("# x", "term\temail\tCONTACTS\tstrong")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining("CONTACTS");
        assertThatThrownBy(() -> NameDictionary.parse(List.of("term\temail\tCONTACT\tstrong", "term\te mail\tCONTACT\tweak")))
                .hasMessageContaining("line 2").hasMessageContaining("spells the same");
        assertThatThrownBy(() -> NameDictionary.parse(List.of("term\tpassword\tCREDENTIAL\tstrong\tnowhere")))
                .hasMessageContaining("no 'unless' group named 'nowhere'");
    }

    @Test
    void theBundledDictionaryIsLoadedOnce() {
        assertThat(NameDictionary.standard()).isSameAs(NameDictionary.standard());
        assertThat(NameDictionary.standard().size()).isGreaterThan(300);
    }
}
