/** The widest the wizard draws its prose, whatever the terminal: it is laid out for 80 columns. */
export const MAX_WIDTH = 80;
