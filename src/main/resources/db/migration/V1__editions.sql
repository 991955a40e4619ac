-- Editions are regional versions of the site: their own front, time zone, date style and appeal wording.
create table edition (
    code            text primary key check (code ~ '^[a-z]{2}$'),
    name            text not null,
    time_zone       text not null,
    locale          text not null,
    currency        char(3) not null,
    date_pattern    text not null,
    appeal_heading  text not null,
    appeal_body     text not null,
    position        int not null
);

insert into edition (code, name, time_zone, locale, currency, date_pattern, appeal_heading, appeal_body, position) values
('uk', 'UK edition', 'Europe/London', 'en-GB', 'GBP', 'EEEE d MMMM yyyy HH:mm zzz',
 'Your support helps us to tell the story',
 'Our reporters go where the story is, from the Black Sea to the Thames estuary, and stay until the facts are clear.

Every article we publish is free for everyone to read. We will not put our journalism behind a paywall; it is paid for by readers who can afford to chip in.

Your support makes all the difference.', 1),
('us', 'US edition', 'America/New_York', 'en-US', 'USD', 'EEEE, MMMM d, yyyy h:mm a zzz',
 'Your support helps us to tell the story',
 'At a moment when so much is at stake, we need reporters on the ground, listening to every side of the story before we tell it.

We trust readers across the whole political spectrum with the facts, and we choose never to lock anyone out of our reporting with a paywall. Journalism should be open to everyone, paid for by those who can afford it.

Your support makes all the difference.', 2);
