import { NICKNAMES } from './nicknames.ts';

/** Names without a common short form, from the markets the demo sells into; accents and all. */
const otherFirstNames = [
  'Emma', 'Olivia', 'Ava', 'Sophia', 'Mia', 'Amelia', 'Harper', 'Evelyn', 'Grace', 'Chloe', 'Zoe', 'Nora', 'Hannah',
  'Laura', 'Sarah', 'Rachel', 'Megan', 'Lauren', 'Emily', 'Ashley', 'Amanda', 'Nicole', 'Heather', 'Melissa', 'Amy',
  'Noah', 'Liam', 'Ethan', 'Mason', 'Logan', 'Lucas', 'Owen', 'Ryan', 'Kevin', 'Brian', 'Jason', 'Eric', 'Adam', 'Mark',
  'Paul', 'Scott', 'Sean', 'Brandon', 'Tyler', 'Kyle', 'Aaron', 'Justin', 'Jeremy', 'Derek', 'Marcus', 'Trevor',
  'Sven', 'Lars', 'Ingrid', 'Astrid', 'Freya', 'Nils', 'Björn', 'Jürgen', 'Lena', 'Katrin', 'Jörg', 'Anja', 'Klaus',
  'Chloé', 'Léa', 'Camille', 'Manon', 'Hugo', 'Théo', 'Louis', 'Élodie', 'Mathilde', 'Antoine', 'Julien', 'Céline',
  'Giulia', 'Luca', 'Marco', 'Chiara', 'Matteo', 'Sofia', 'Lucía', 'Mateo', 'Pablo', 'Carmen', 'Javier', 'Inés',
  'Hiroshi', 'Yuki', 'Haruto', 'Sakura', 'Kenji', 'Aiko', 'Takeshi', 'Min-jun', 'Seo-yeon', 'Ji-woo', 'Wei', 'Mei',
  'Jun', 'Li', 'Xin', 'Priya', 'Aarav', 'Ananya', 'Rohan', 'Vikram', 'Deepa', 'Arjun', 'Kavya', 'Sanjay', 'Neha',
  'Fatima', 'Omar', 'Layla', 'Yusuf', 'Amara', 'Olumide', 'Chidi', 'Ngozi', 'Kwame', 'Ama', 'Tariq', 'Leila',
  'Siobhan', 'Niamh', 'Ciarán', 'Aoife', 'Declan', 'Bram', 'Sanne', 'Daan', 'Femke', 'Joost', 'Aleksandra', 'Piotr',
];

/** First names for new people: every formal name that has nicknames, plus the others. */
export const FIRST_NAMES: readonly string[] = [...Object.keys(NICKNAMES), ...otherFirstNames];
