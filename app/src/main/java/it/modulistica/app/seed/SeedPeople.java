package it.modulistica.app.seed;

import it.modulistica.engine.validation.CodiceFiscale;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Italian people for seeded instances: common first names and surnames, and a codice fiscale made
 * from them with a valid check letter (birth place among a few real cadastral codes).
 */
final class SeedPeople {

    private static final List<String> WOMEN = List.of("Giulia", "Chiara", "Francesca", "Sara", "Martina", "Laura",
            "Valentina", "Elena", "Alessandra", "Federica", "Silvia", "Paola", "Anna", "Maria", "Giorgia", "Roberta",
            "Elisa", "Cristina", "Simona", "Barbara", "Lucia", "Teresa", "Marta", "Ilaria", "Beatrice", "Noemi",
            "Rosa", "Caterina", "Daniela", "Monica");
    private static final List<String> MEN = List.of("Marco", "Luca", "Giuseppe", "Andrea", "Francesco", "Alessandro",
            "Matteo", "Lorenzo", "Davide", "Stefano", "Paolo", "Roberto", "Giovanni", "Antonio", "Simone", "Fabio",
            "Riccardo", "Massimo", "Daniele", "Federico", "Nicola", "Claudio", "Emanuele", "Pietro", "Michele",
            "Salvatore", "Vincenzo", "Enrico", "Alberto", "Tommaso");
    private static final List<String> SURNAMES = List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano",
            "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa",
            "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
            "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo",
            "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri",
            "Fabbri", "Bianco", "Marini", "Grasso", "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini",
            "Palumbo", "Sanna", "Farina", "Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza",
            "Testa", "Grassi", "Pellegrino", "Carbone", "Giuliani", "Benedetti", "Barone", "Rossetti", "Caputo",
            "Montanari", "Guerra", "Palmieri", "Bernardi", "Martino", "Fiore", "De Rosa", "Ferretti", "Bellini",
            "Basile", "Riva", "Donati", "Piras", "Vitali", "Battaglia", "Sartori", "Neri", "Costantini", "Milani",
            "Pagano", "Ruggiero", "Sorrentino", "D'Amico", "Orlando", "Damico", "Negri");
    // Torino, Cuneo, Alba, Milano, Roma, Napoli, Bologna, Firenze, Genova, Asti.
    private static final List<String> PLACES = List.of("L219", "D205", "A124", "F205", "H501", "F839", "A944", "D612",
            "D969", "A479");
    private static final String MONTHS = "ABCDEHLMPRST";

    /** A person: first name, surname and codice fiscale. */
    record Person(String firstName, String surname, String codiceFiscale) {

        String fullName() {
            return firstName + " " + surname;
        }
    }

    private SeedPeople() {
    }

    static Person any(Random random) {
        boolean woman = random.nextBoolean();
        String first = pick(random, woman ? WOMEN : MEN);
        String surname = pick(random, SURNAMES);
        LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 65));
        String code = consonants(surname, false) + consonants(first, true)
                + String.format(Locale.ROOT, "%02d", born.getYear() % 100) + MONTHS.charAt(born.getMonthValue() - 1)
                + String.format(Locale.ROOT, "%02d", born.getDayOfMonth() + (woman ? 40 : 0)) + pick(random, PLACES);
        return new Person(first, surname, code + CodiceFiscale.checkCharacter(code));
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    // The three letters of a name in a codice fiscale: consonants first (for a first name with four
    // or more, the 1st, 3rd and 4th), then vowels, then X.
    private static String consonants(String name, boolean firstName) {
        String letters = name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        String consonants = letters.replaceAll("[AEIOU]", "");
        if (firstName && consonants.length() >= 4) {
            consonants = "" + consonants.charAt(0) + consonants.charAt(2) + consonants.charAt(3);
        }
        return (consonants + letters.replaceAll("[^AEIOU]", "") + "XXX").substring(0, 3);
    }
}
