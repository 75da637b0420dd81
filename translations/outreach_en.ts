<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AbTest</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No winner: an A/B test needs at least two variants.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No data yet: nothing has been sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: the sent counts (%1) do not match the planned split (sample ratio mismatch, %2). Check how messages were sent before trusting any result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 wins on %2: %3 vs %4, %5.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No winner yet: about %1 more sends per variant needed (each variant needs at least %2 sent before a winner is called).</source>
        <translation>
            <numerusform>No winner yet: about %1 more sends per variant needed (each variant needs at least %2 sent before a winner is called).</numerusform>
            <numerusform>No winner yet: about %1 more sends per variant needed (each variant needs at least %2 sent before a winner is called).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No winner yet: about %1 more sends per variant needed.</source>
        <translation>
            <numerusform>No winner yet: about %1 more sends per variant needed.</numerusform>
            <numerusform>No winner yet: about %1 more sends per variant needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No winner yet: each variant needs at least %1 sent before a winner is called.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No winner: the planned sample is reached and the difference on %1 is not significant (%2); the variants likely perform alike.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No winner yet: no difference in %1 between the variants so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friendly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>click rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reply rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot %1 message %2: its campaign %3 is %4, and the test must not change once it has started.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign %1 is already active; its variants were assigned when it was activated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot check the messages of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign %1 cannot be activated yet: %2 qualifying lead(s) have no generated message (%3 pending, %4 failed). Generate them, or exclude them with &quot;outreach messages exclude ID&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the messages of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign %1 has no generated messages to test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot assign a variant to message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot assign the variants of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variant %1 does not exist: use 0, 1 or 2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message %1 is %2: only a generated message can be pinned to a variant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exclude</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n generated message(s) are not approved yet.</source>
        <translation>
            <numerusform>%n generated message is not approved yet.</numerusform>
            <numerusform>%n generated messages are not approved yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have a variant over the channel&apos;s length limit.</source>
        <translation>
            <numerusform>%n message has a variant over the channel&apos;s length limit.</numerusform>
            <numerusform>%n messages have a variant over the channel&apos;s length limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot hold message %1 back for the roll-out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 won on %2 on %3 at %4 sends per variant (%5); now %6 vs %7.</source>
        <translation>
            <numerusform>%1 won on %2 on %3 at %4 sends per variant (%5); now %6 vs %7.</numerusform>
            <numerusform>%1 won on %2 on %3 at %4 sends per variant (%5); now %6 vs %7.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No winner by the deadline: %1, the most likely best (P(best) %2), was rolled out to %3 waiting leads.</source>
        <translation>
            <numerusform>No winner by the deadline: %1, the most likely best (P(best) %2), was rolled out to %3 waiting leads.</numerusform>
            <numerusform>No winner by the deadline: %1, the most likely best (P(best) %2), was rolled out to %3 waiting leads.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interim, not a decision: %1 leads on %2 with %3 at %4 of the planned %5 sends per variant.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiKeyResolver</name>
    <message>
        <source>No API key for %1: set %2 or store one in Settings.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>A campaign cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The minimum score must be from 0 to 100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The minimum sample must be at least 1 send per variant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The significance level must be between 0 and 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The character limit cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The test share must be above 0 and at most 1 (100 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fixed-horizon test needs its planned sends per variant.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>color: #b91c1c;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hi {{first_name|there}}, … (type {{ for variables)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom &amp;context:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Provider / model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>provider default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Winner metric:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum sample:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Budget (USD):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChannelRules</name>
    <message>
        <source>1 segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LinkedIn note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject is %1 characters; the limit is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject is %1 characters; above %2 it may be cut off in the inbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS body is %1 (%2, %3 characters); the limit is %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 body is %2 characters; the limit is %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must not have a subject.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not valid UTF-8 (first bad byte at offset %1); save it as UTF-8 and try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected text after the closing quote of a field; a field with quotes must end at its closing quote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quote appears inside a field that does not start with a quote; put the field in quotes and double the quote (&quot;&quot;)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the quoted field starting here is never closed; the rest of the file cannot be read</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database URL is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL URL is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The PostgreSQL URL names no database: use postgresql://user@host:port/dbname.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The SQLite URL names no file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the campaign &quot;%1&quot;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot list campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update the campaign &quot;%1&quot;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign &quot;%1&quot; was changed by someone else (version %2, you edited version %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot change the status of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign %1 changed status while this change was being made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot count qualifying leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update the cost of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot connect to PostgreSQL database &quot;%1&quot; on %2:%3 as &quot;%4&quot;: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commit without a transaction.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the variants of message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read message variants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot look up a message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot list the messages of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot count messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot find the leads to generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the message for lead %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store a variant of message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save variant %1 of message %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variant %1 of message %2 was changed by someone else (version %3, you edited version %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message %1 has no variant %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot replace variant %1 of message %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot assign a variant to message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message %1 belongs to a campaign whose A/B test has started; its variant can no longer be changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot change message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 has schema version %2, but this version of Outreach Studio only knows versions up to %3. Update Outreach Studio to use this database.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update the counts of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the counts of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot count the events of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot recount campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the events of message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A lead with the email %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot add the lead %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update the lead %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead %1 was changed by someone else (version %2, you edited version %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read lead %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no lead with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot look up the lead %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot list leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot count leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete lead %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot add the lead %1: it conflicts with an existing lead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read custom fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot approve message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot stage events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot find the messages of the events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot lock the campaign&apos;s events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot set up the SQLite database %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no SQLite handle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the events of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 for the database %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown database URL scheme &quot;%1&quot;: use sqlite:PATH, a path, or postgresql://user@host:port/db.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the decision of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the decisions of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot record the decision of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The decision of campaign %1 was reopened while it was being recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign %1 has no recorded decision to reopen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reopen the decision of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The decision of campaign %1 was reopened by someone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the roll-out of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot roll out campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot assign the waiting leads of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the inbox sync state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the inbox sync state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot look up the send of a received mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store a reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the inbox settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the inbox settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the stop on reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot hold the sends to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the stops on reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the sends in doubt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update send %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot queue message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read queued send %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no queued send with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the send of message %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the send queue of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the send queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot count the send queue of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot update queued send %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot claim a message of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot count the sends of sender %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot record queued send %1 as sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued send %1 is not claimed or in doubt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot requeue send %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot record send %1 as failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot record send %1 as in doubt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send %1 is not in doubt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot add the sender &quot;%1&quot;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the sender &quot;%1&quot;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no sender with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read sender %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the senders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove sender %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot pause sender %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot change the senders of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot add sender %1 to campaign %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the senders of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the send settings of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the send settings of campaign %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reserve a send slot of sender %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 to suppress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot suppress &quot;%1&quot;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove &quot;%1&quot; from the suppression list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the suppression list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot claim lead %1 of campaign %2 for generation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reserve the budget for lead %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot settle the budget reservation of lead %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot release the claims of a generation run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the generation claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the campaign&apos;s budget reservations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 is read-only: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database file %1 is read-only and has schema version %2; this version of Outreach Studio needs %3. Make it writable once to upgrade it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot defer the next send of sender %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the SMS waiting for a status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the status of send %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the status of send %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot look up the send of a received SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the sends of sender %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the sync status of mailbox %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the mailbox sync status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no reply with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reply cannot be corrected to &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply %1 is already of kind &quot;%2&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot correct reply %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked as a reply on %1: sends paused (stop on reply)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the corrections of reply %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot release the budget reservation of lead %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo leads are missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo: Q4 operations outreach</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>excluded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>friendly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clicked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bounced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsubscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repaired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unresolved placeholder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>blank variable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto-replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lead data shortened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent</source>
        <comment>send queue state</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <comment>send queue state</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suppressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in doubt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS (port 465 / 993)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS (port 587 / 143)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None (only this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cerebras</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline (templates, no network)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditVariantCommand</name>
    <message>
        <source>Edit %1 variant</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventImport</name>
    <message>
        <source>No message of campaign %1 in the test is addressed to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message %1 is not a message of campaign %2 in the test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign %1 is %2: events can be recorded once it has been activated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty: it needs a header line.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1: the header has no %2 column (found: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&quot;%1&quot; is not a message id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row names no message: the email (or message_id) is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown event &quot;%1&quot; (not a funnel stage we track).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp: use ISO 8601 (2025-03-01T14:05:00Z) or Unix seconds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>Cannot store generated messages: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>no explanation given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the API key (Settings, or CEREBRAS_API_KEY / OUTREACH_API_KEY).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the base URL and the model name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Is the server running, and is the base URL right?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 could not be found. Check the base URL and the network connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 stopped sending data and the connection timed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2. Check the base URL and the system&apos;s certificates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The network is not available, so %1 could not be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The proxy in the way to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>IMAP without TLS is only allowed to this computer (loopback), not to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out of memory while connecting to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IMAP server %1 cannot be reached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STARTTLS with %1 failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IMAP server %1 refused the login for %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the IMAP server %1 was lost during login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent no TLS certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 cannot be opened: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading messages from %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Searching %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading flags from %1 failed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InboxSync</name>
    <message>
        <source>Replied on %1: sends paused (stop on reply)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found in the Sent folder &quot;%1&quot;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not found in the Sent folder &quot;%1&quot; on %2: send again or mark as sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 new, %3 replies, %4 auto-replies, %5 bounces, %6 opt-outs%7</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain has no unlocked keyring, so the key cannot be kept there. Open your desktop&apos;s keyring manager (for example &quot;Passwords and Keys&quot;), create or unlock the &quot;Login&quot; keyring, and try again; or set CEREBRAS_API_KEY or OUTREACH_API_KEY instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret named &quot;%1&quot; is stored in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The system keychain refused access to &quot;%1&quot; (it may be locked).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not %1 &quot;%2&quot; in the system keychain: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No system keychain is available (Secret Service not running). Set CEREBRAS_API_KEY or OUTREACH_API_KEY instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadColumnMapping</name>
    <message>
        <source>Unknown target field “%1” for column “%2”; use one of: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no column “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected COLUMN=FIELD, got “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ignore this column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep as custom field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>City (part of location)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State (part of location)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Country (part of location)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualification score (0–100)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualification reasoning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain points (list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buying signals (list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Research notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technologies (list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent news (list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company size (employees)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keywords (list)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadCsvParser</name>
    <message>
        <source>The file is empty: it has no header line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The header line cannot be read: %1 (character %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No usable header: no column holds an email, a LinkedIn URL or a phone number (columns found: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (character %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (character %2); row skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected %1 columns as in the header but found %2; row skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a valid email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No email, LinkedIn URL or phone number: a lead needs at least one way to reach them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a number; the qualification score must be a number from 0 to 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qualification score %1 is outside the range 0 to 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The value has %1 characters; a field may hold at most %2; row skipped</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no header line.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadQualification</name>
    <message>
        <source>no email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no LinkedIn URL</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n lead(s) with the score were left out: %1.</source>
        <translation>
            <numerusform>%n lead with the score was left out: %1.</numerusform>
            <numerusform>%n leads with the score were left out: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineProvider</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenAiChatCall</name>
    <message>
        <source>Answer with one JSON object only: no code fences, no text before or after it. It must match this JSON schema exactly: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered with something that is not a JSON response (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused to answer: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered without any message text (finish reason: %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OpenAiCompatibleProvider</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered, but its model list is empty or unreadable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>The model list is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model list has no &quot;data&quot; array of models.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProviderFactory</name>
    <message>
        <source>Unknown provider &quot;%1&quot;: use cerebras, openai or offline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not an http(s) address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No API key for %1: set CEREBRAS_API_KEY or OUTREACH_API_KEY (or store one in Settings), or use --provider offline to write messages without a model.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReplyListModel</name>
    <message>
        <source>Reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bounce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delayed (soft bounce)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What it says</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected by %1 on %2; was: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendQueueModel</name>
    <message>
        <source>Last answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled / sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason or answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SenderSecrets</name>
    <message>
        <source>No password or token for this sender: set %1 or store one in Settings &gt; Senders.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SendersPage</name>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>If you would rather not hear from me again, reply &quot;unsubscribe&quot; and I will not write to you again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone number &quot;%1&quot; has a character that is not a digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not international (+country code) and the lead&apos;s country does not say which code to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not a valid international number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suppressed: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LinkedIn messages are sent by hand from the assisted queue</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>gave up after %n attempts</source>
        <translation>
            <numerusform>gave up after %n attempt</numerusform>
            <numerusform>gave up after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>bounced: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign &quot;%1&quot; has no message to test with.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[Test] %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no email address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no LinkedIn profile URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the custom channel is export-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no variant assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over the channel&apos;s length limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unresolved placeholder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign &quot;%1&quot; uses the custom channel, which is export-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is %2: only an active campaign sends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sending is paused for this campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign &quot;%1&quot; has no %2 sender: choose one (outreach campaigns senders).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for retries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing left to send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outside the send window in the leads&apos; local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sender %1 is paused: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outside the senders&apos; windows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting between sends</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>daily cap reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the due messages were taken by another sender process</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sending process stopped after claiming this message and before the server&apos;s answer was recorded: it may or may not have gone out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain-text SMTP is only allowed to this computer (localhost); %1 needs TLS or STARTTLS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>libcurl could not start.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host unreachable: %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication refused by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS failed with %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to %1 ended after the message was handed over and before the server confirmed it (%2): it may or may not have been delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 answered with a temporary failure: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused the message: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending through %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK: %1 answered and accepted the login.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead was deleted: it is excluded from sending.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone number &quot;%1&quot; is too short (is the area code missing?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>phone number &quot;%1&quot; is too long</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&quot;%1&quot; is not a Twilio account SID (AC...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either a From number or a Messaging Service SID (MG...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&quot;%1&quot; is not a Messaging Service SID (MG...).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From number: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The base URL &quot;%1&quot; must be an https address (plain http only to this computer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No Twilio auth token for %1: set OUTREACH_TWILIO_TOKEN or store it in Settings &gt; Senders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send %1 is %2, not in doubt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marked as sent by hand</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SmsStatusSync</name>
    <message>
        <source>Authentication refused by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone sender %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio status &quot;%1&quot;, error %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 delivered, %3 bounced, %4 opt-outs, %5 replies, %6 waiting for a status%7</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TemplateEngine</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&quot;{{&quot; at %1 has no closing &quot;}}&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&quot;}}&quot; at %1 has no opening &quot;{{&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty variable &quot;{{}}&quot; at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown variable &quot;{{%1}}&quot; at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown variable &quot;{{%1}}&quot; at %2; did you mean &quot;{{%3}}&quot;?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s) in the template.</source>
        <translation>
            <numerusform>…and %n more problem in the template.</numerusform>
            <numerusform>…and %n more problems in the template.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Twilio</name>
    <message>
        <source>Twilio refused the account SID or auth token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio does not know this account or resource: check the account SID and the base URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too many requests: Twilio asked to slow down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number is not a valid phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the From number cannot send SMS from this Twilio account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recipient replied STOP to this sender and is unsubscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the number is not a mobile number and cannot receive SMS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Messaging Service cannot send: check its SID and its numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender has no Twilio account SID.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Twilio base URL &quot;%1&quot; is not a web address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Twilio base URL %1 is plain HTTP: the token would travel in clear. Use https (plain http is only allowed to this computer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 The message may or may not have gone out, so it is not sent again by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK: Twilio account &quot;%1&quot; (%2) at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication refused by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered %1 with something that is not Twilio&apos;s JSON (%2): check the base URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered %1 without a message SID: check the base URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered %1 without an account SID: check the base URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio answered %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answered %1 without a list of messages: check the base URL.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VariantParser</name>
    <message>
        <source>Professional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Friendly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer&apos;s JSON is incomplete; it may have been cut off.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer contains no JSON object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 variant: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer has no &quot;variants&quot; array.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer has %1 variants; exactly 3 are required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variant %1 is not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variant %1 has no tone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variant %1 has an unknown tone &quot;%2&quot;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The tone &quot;%1&quot; appears more than once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 variant: the body is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 variant: the subject is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 variant: this channel has no subject, but one was given.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 variant: unresolved placeholder %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No variant has the tone &quot;%1&quot;.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personalized outreach with A/B/C testing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: sqlite:PATH, a path, or postgresql://user@host:port/db</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::AboutDialog</name>
    <message>
        <source>About Outreach Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Personalized outreach with three tone variants per lead, tested as an A/B/C test with honest statistics.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;This program uses these libraries:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io&quot;&gt;Qt&lt;/a&gt; %1, under the GNU Lesser General Public License v3 (LGPLv3)&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;, under the BSD 3-Clause License&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://www.boost.org&quot;&gt;Boost&lt;/a&gt; (Boost.Math), under the Boost Software License 1.0&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::AnalyticsPane</name>
    <message>
        <source>The rate that decides the winner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import events…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read sent, opened, clicked and replied events from a CSV file of your sending platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport messages…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write each lead&apos;s assigned variant to a CSV file for your sending platform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Winner &amp;metric:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a campaign to see how its variants perform.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The A/B test of &quot;%1&quot; has not started: activate the campaign to assign a variant to every lead, then import events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: sample ratio mismatch. The variants were sent in proportions that differ from the plan more than chance explains (p = %1). Check the assignment and the imported events before trusting this result.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 events from %2 (%3 already known).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; the first, line %1: %2</source>
        <translation>
            <numerusform>%n row skipped; the first, line %1: %2</numerusform>
            <numerusform>%n rows skipped; the first, line %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>Exported %n message to %1.</numerusform>
            <numerusform>Exported %n messages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing events from %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A/B test: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(application default)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the campaign</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) qualify</source>
        <translation>
            <numerusform>%Ln lead qualifies</numerusform>
            <numerusform>%Ln leads qualify</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out: %1</source>
        <translation>
            <numerusform>%Ln left out: %1</numerusform>
            <numerusform>%Ln left out: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequential (look any time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed horizon (decide at the plan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> per variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision &amp;mode:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of qualifying leads in the test; the others wait and get the winner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll out by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test &amp;share:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::CampaignListModel</name>
    <message>
        <source>%1 — %2 campaign, minimum score %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 qualifying · %3 generated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::CampaignPane</name>
    <message>
        <source>&lt;b&gt;Campaigns&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not duplicate the campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the campaign “%1”?

Its %2 generated messages, their variants and all recorded events are deleted with it. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not delete the campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause the test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume the test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Complete the test…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost %1 · %2 per message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 spent on generation; %Ln message(s) generated.</source>
        <translation>
            <numerusform>%1 spent on generation; %Ln message generated.</numerusform>
            <numerusform>%1 spent on generation; %Ln messages generated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete the A/B test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete “%1”? The test stops for good: no more messages are sent, and the results stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive the campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive “%1”? It can no longer be changed, generated or sent; its messages and results are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign status was not changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::CampaignSendSettingsRow</name>
    <message>
        <source>Only appro&amp;ved messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads&apos; &amp;window:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When messages may arrive, in each lead&apos;s local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Zone without one:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leads&apos; window: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Zone: &quot;%1&quot; is not a known zone (e.g. Europe/Berlin).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::CampaignSendersBox</name>
    <message>
        <source>Senders of this campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sender (tick to use)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom campaigns are exported, not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>sender name and address</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2 sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No %1 sender yet: add one in Settings › Senders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the senders this campaign sends through; it rotates over them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sends rotate over the ticked senders: the one free the longest goes first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The campaign&apos;s senders were not changed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::DatabaseSettingsPage</name>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;PostgreSQL server (shared by a team)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New…</source>
        <comment>new database file</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Database:</source>
        <comment>database name on the server</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;est</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to the database and report its schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switching the database reloads every pane. Nothing is copied between databases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New database file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open database file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new database is created at %1 when you press OK.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected. The database is empty; it is set up when you switch to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected. Schema version %1; it is upgraded to %2 when you switch to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected. Schema version %1 (current).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::DecisionPanel</name>
    <message>
        <source>Reopen decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the recorded decision (the reopening is recorded too); the next look may decide again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequential test: always valid however often you look (alpha %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed-horizon test, interim: the numbers are not a decision until %1 sends per variant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fixed-horizon test (alpha %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision recorded on %1: %2 (round %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll-out: none, every qualifying lead is in the test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll-out: %1 leads wait for the winner (test share %2 %).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll-out: %1 went to %2 waiting leads on %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expected loss if chosen: %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::GenerationEngine</name>
    <message>
        <source>A generation run is already going on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No message provider is set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign %1 is %2: messages can be generated only while it is a draft or ready.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message %1 has no variants yet; regenerate the whole message.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variant %1 does not exist: use 0, 1 or 2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run stopped before this lead was retried.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer was unusable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gave up after %1 attempts: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regenerating message %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank for this lead, written around: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Budget reached before this lead was retried.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The provider %1 refused the API key (HTTP %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead data shortened for the prompt: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::GenerationPanel</name>
    <message>
        <source>time left unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate for the campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry the &amp;failed messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regenerate the &amp;selected message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No generation running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling: waiting for the stored results to be written…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a message in the Messages tab to regenerate it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a campaign to generate its messages.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating with %1 / %2:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 done · %2 failed · %3 remaining</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 msg/min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused: requests already sent are still being stored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 written, %2 failed in %3 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped at the budget: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::GenerationRunner</name>
    <message>
        <source>A generation run is already going on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a message to regenerate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped after the first %1 messages all failed, so the rest are not paid for. The last error: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::ImportDialog</name>
    <message>
        <source>Import leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check how each column is read; change any mapping in the first row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update the existing lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the email already exists:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save rejected lines…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save rejected lines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 columns found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was imported. %1, line %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 new, updated %2, skipped %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type or paste the path of a CSV file, or browse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::InboxStatusView</name>
    <message>
        <source>sign-in failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>certificate refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sync failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 not synced yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (syncing…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — last success: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>    last error (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox sync cannot sign in to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox sync has no password for %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox sync cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until it is fixed, replies there are not counted. Fix it in Settings › Senders, then Retry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::InlineBanner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::InterfaceSettingsPage</name>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language changes the next time Outreach Studio starts. Numbers, percentages and dates follow the same language.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only at start and on demand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>While Outreach Studio is open it reads the replies in every mailbox with IMAP settings this often, and once at start. Your mail is never changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;mailboxes every:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::LeadDialog</name>
    <message>
        <source>Edit lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lin&amp;kedIn URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+4930123456</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A lead needs an email address, a phone number or a LinkedIn URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a phone number in international form, such as +4930123456.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lead was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed this lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Load their version (your changes are dropped), or save yours over it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Load theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::LeadDisplayProxy</name>
    <message>
        <source>Qualifies for this campaign</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::LeadTableModel</name>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::LeadsPane</name>
    <message>
        <source>Search name, email, company, title…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score ≥ </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a lead to see its research.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasoning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pain points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buying signals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technologies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent news</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln lead</numerusform>
            <numerusform>%Ln leads</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit lead…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete leads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport the lead table…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the leads the table shows (search and score filter applied) as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leads.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot edit the lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete the leads</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %n lead(s)?</source>
        <translation>
            <numerusform>Delete %n lead?</numerusform>
            <numerusform>Delete %n leads?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in campaigns whose A/B test has not started are deleted with them.</source>
        <translation>
            <numerusform>%n message in campaigns whose A/B test has not started is deleted with them.</numerusform>
            <numerusform>%n messages in campaigns whose A/B test has not started are deleted with them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have messages in a running or finished A/B test: the messages are kept for its results, and these leads are excluded from sending and hidden.</source>
        <translation>
            <numerusform>%n lead has messages in a running or finished A/B test: the messages are kept for its results, and the lead is excluded from sending and hidden.</numerusform>
            <numerusform>%n leads have messages in a running or finished A/B test: the messages are kept for its results, and these leads are excluded from sending and hidden.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The leads were not deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The leads were not exported</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>Exported %n lead to %1.</numerusform>
            <numerusform>Exported %n leads to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outreach::LinkedInQueuePanel</name>
    <message>
        <source>LinkedIn assisted queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;opy message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;pen profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mar&amp;k as sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next lead claims the next message; send it on LinkedIn, then mark it as sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead claimed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead now (%1); the next one at %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead left: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message copied. Paste it into the LinkedIn message to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent by hand on LinkedIn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded as sent.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::MainWindow</name>
    <message>
        <source>Outreach Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating %v of %m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Activate A/B test…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Previous message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Variant &amp;%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Outreach Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry the &amp;failed messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Regenerate the selected message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause or resume generation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activate the A/B test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each generated message of &quot;%1&quot; gets one of its three variants, chosen at random and balanced across the variants. Pinned variants are kept. Assignments cannot be changed once the test runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The A/B test was not activated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A/B test active: %1 / %2 / %3 messages per variant (seed %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Provider: %1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — Outreach Studio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages are still being generated. Stop the run and close? Messages already written are kept; the rest can be generated later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop and close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activate anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending is scheduled</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n message(s) are still scheduled. Sending continues only while Outreach Studio (or outreach send) runs: after closing, they wait until you start sending again.</source>
        <translation>
            <numerusform>%n message is still scheduled. Sending continues only while Outreach Studio (or outreach send) runs: after closing, it waits until you start sending again.</numerusform>
            <numerusform>%n messages are still scheduled. Sending continues only while Outreach Studio (or outreach send) runs: after closing, they wait until you start sending again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ync inbox now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read replies, bounces and opt-outs from every mailbox with IMAP settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox sync is already running.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMS statuses: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::MessageListModel</name>
    <message>
        <source>edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (pinned)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A/B variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message %1 has no variant %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::MessagesPane</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the three variants for every qualifying lead (Ctrl+G)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;clicked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;bounced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as &amp;unsubscribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record what happened to the selected message: sent, opened, replied, ...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The event was not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Approve and go to next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message was not approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The approval was not withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Over limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search lead, company, text…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected messages as reviewed and approved; with one selected, show the next one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate this message again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Approved %n message(s).</source>
        <translation>
            <numerusform>Approved %n message.</numerusform>
            <numerusform>Approved %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdrew the approval of %n message(s).</source>
        <translation>
            <numerusform>Withdrew the approval of %n message.</numerusform>
            <numerusform>Withdrew the approval of %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The generation of this message failed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The generation of this message failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No events recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::ProviderSettingsPage</name>
    <message>
        <source> requests</source>
        <comment>concurrent requests at once</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source> attempts</source>
        <comment>tries per lead, first try included</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No limit</source>
        <comment>budget</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attempts per lead:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default &amp;budget per run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste a new key to store it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Store key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the stored key from the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the endpoint for its model list with the values above</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outreach Studio never stores keys in plain text. Without a keychain, start the app with the key in the environment variable CEREBRAS_API_KEY (Cerebras) or OUTREACH_API_KEY (any provider).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offline provider needs no key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment variable %1 is set and is used instead of the keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key is stored for this provider.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The offline provider needs no connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n model(s) available.</source>
        <translation>
            <numerusform>Connected to %1: %n model available.</numerusform>
            <numerusform>Connected to %1: %n models available.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outreach::RepliesPane</name>
    <message>
        <source>All kinds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Found by inbox sync (outreach sync) in your mailboxes; your mail is never changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From: %1
Received: %2
Subject: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back on: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This campaign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count the selected mail as an automatic answer, not as a reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is a reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count the selected mail as a reply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Corrected by hand (%1, %2): was %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked as %1 (was %2); the analytics count it that way now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 stays on the suppression list; if you are sure, lift that with &quot;outreach suppressions remove %1&quot;.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::SendRunner</name>
    <message>
        <source>Every sender of this campaign is paused: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::SenderDialog</name>
    <message>
        <source>Edit mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit LinkedIn account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add LinkedIn account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LinkedIn account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ada@example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usually the address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password or app password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OAuth2 token (XOAUTH2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incoming mail (IMAP, for replies)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: no inbox sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: the SMTP login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sen&amp;t folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no ramp-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> more a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily &amp;cap:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ra&amp;mp-up:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Gap between sends:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send &amp;window:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty: keep the stored one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name: give the name recipients see.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From address: &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMTP server: give the host name of your provider&apos;s outgoing server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile: &quot;%1&quot; is not a profile address (https://…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gap between sends: the shortest (%1 s) is longer than the longest (%2 s).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send window: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known zone (e.g. Europe/Berlin).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>+4915112345678 (empty with a Messaging Service)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MG…, instead of a From number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> messages a second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messaging &amp;Service SID:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::SendersPage</name>
    <message>
        <source>Campaigns send through your own mailboxes, phone numbers and LinkedIn accounts. Passwords and tokens are kept in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Daily cap</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;mailbox…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Lin&amp;kedIn account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect, start TLS and log in; nothing is sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1, but no keychain is available for its password: set %2 for headless use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1; its password is in the system keychain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1, but its password was not stored: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove “%1”? Campaigns stop sending through it; what it sent stays recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;phone number…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::SendingPane</name>
    <message>
        <source>Start sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Messages go out only while Outreach Studio (or “outreach send”) runs, one at a time, inside the send windows and caps.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting until %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test not sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send settings saved; held messages are checked again at the next send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In doubt: may or may not have gone out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending stopped between handing the message over and the server&apos;s answer. Look in your Sent folder, then decide; nothing is resent by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mar&amp;k as sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sen&amp;d again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue it again with the same Message-ID, so a mail client that gets both copies shows one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>your own address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a test to &amp;me</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One message of this campaign to your own address, through its first sender; not queued and not counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an active campaign sends: activate its A/B test first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing queued yet: Start sending puts the campaign&apos;s messages in the queue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent · %2 queued · %3 held · %4 suppressed · %5 failed · %6 in doubt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pa&amp;use sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Res&amp;ume sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tart sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The app is sending another campaign; pause it there first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an active campaign sends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending was not paused or resumed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused: no message of this campaign goes out until you resume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing more to send now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The message in doubt was not changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded as sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued again with the same Message-ID: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick a mailbox above first: the test goes out through it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending a test to %1…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Senders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::VariantEditor</name>
    <message>
        <source>Saved the %1 variant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save the variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Someone else changed this variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Keep their text, or save yours over it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied the %1 variant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not pin the variant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This lead gets the %1 variant in the A/B test.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::VariantPanel</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy this variant to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this variant to this lead in the A/B test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write this variant again, keeping the other two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 chars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 segments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UCS-2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GSM-7</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::Workspace</name>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not add the demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database was not switched while messages are being generated: cancel the run first, then choose the database again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::charts::FunnelChartView</name>
    <message>
        <source>Sent</source>
        <comment>funnel stage</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <comment>funnel stage</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <comment>funnel stage</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clicked</source>
        <comment>funnel stage</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replied</source>
        <comment>funnel stage</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Funnel per variant (messages)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::charts::RateChartView</name>
    <message>
        <source>Open rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (winner)</source>
        <comment>variant tone, e.g. Direct (winner)</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate (%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rates per variant, with 95 % interval</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>outreach::charts::ResultTable</name>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1–%2 %</source>
        <comment>95 % interval of a rate, in percent</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  95 % interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clicked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reply rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P(best), %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adjusted p vs best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ★</source>
        <comment>winning variant</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>best</source>
        <comment>this variant is the best one, no p-value</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>–</source>
        <comment>no value</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; 0.001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto-replied</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
