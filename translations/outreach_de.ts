<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AbTest</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation>p &lt; 0,001</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>No winner: an A/B test needs at least two variants.</source>
        <translation>Kein Gewinner: Ein A/B-Test braucht mindestens zwei Varianten.</translation>
    </message>
    <message>
        <source>No data yet: nothing has been sent.</source>
        <translation>Noch keine Daten: Es wurde nichts versendet.</translation>
    </message>
    <message>
        <source>Warning: the sent counts (%1) do not match the planned split (sample ratio mismatch, %2). Check how messages were sent before trusting any result.</source>
        <translation>Warnung: Die Versandzahlen (%1) passen nicht zur geplanten Aufteilung (Sample Ratio Mismatch, %2). Prüfen Sie den Versand, bevor Sie einem Ergebnis trauen.</translation>
    </message>
    <message>
        <source>%1 wins on %2: %3 vs %4, %5.</source>
        <translation>%1 gewinnt bei der %2: %3 gegenüber %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>No winner yet: about %1 more sends per variant needed (each variant needs at least %2 sent before a winner is called).</source>
        <translation>
            <numerusform>Noch kein Gewinner: etwa %1 weitere Sendungen pro Variante nötig (jede Variante braucht mindestens %2 Sendungen, bevor ein Gewinner feststeht).</numerusform>
            <numerusform>Noch kein Gewinner: etwa %1 weitere Sendungen pro Variante nötig (jede Variante braucht mindestens %2 Sendungen, bevor ein Gewinner feststeht).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No winner yet: about %1 more sends per variant needed.</source>
        <translation>
            <numerusform>Noch kein Gewinner: etwa %1 weitere Sendungen pro Variante nötig.</numerusform>
            <numerusform>Noch kein Gewinner: etwa %1 weitere Sendungen pro Variante nötig.</numerusform>
        </translation>
    </message>
    <message>
        <source>No winner yet: each variant needs at least %1 sent before a winner is called.</source>
        <translation>Noch kein Gewinner: Jede Variante braucht mindestens %1 Sendungen, bevor ein Gewinner feststeht.</translation>
    </message>
    <message>
        <source>No winner: the planned sample is reached and the difference on %1 is not significant (%2); the variants likely perform alike.</source>
        <translation>Kein Gewinner: Die geplante Stichprobe ist erreicht und der Unterschied bei der %1 ist nicht signifikant (%2); die Varianten wirken vermutlich gleich gut.</translation>
    </message>
    <message>
        <source>No winner yet: no difference in %1 between the variants so far.</source>
        <translation>Noch kein Gewinner: bisher kein Unterschied bei der %1 zwischen den Varianten.</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professionell</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Freundlich</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>click rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>reply rate</source>
        <translation>Antwortrate</translation>
    </message>
    <message>
        <source>Cannot %1 message %2: its campaign %3 is %4, and the test must not change once it has started.</source>
        <translation>Nachricht %2 kann nicht %1 werden: Ihre Kampagne %3 ist %4, und der Test darf sich nach dem Start nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Campaign %1 is already active; its variants were assigned when it was activated.</source>
        <translation>Kampagne %1 ist bereits aktiv; ihre Varianten wurden bei der Aktivierung zugeteilt.</translation>
    </message>
    <message>
        <source>Cannot check the messages of campaign %1</source>
        <translation>Die Nachrichten von Kampagne %1 können nicht geprüft werden</translation>
    </message>
    <message>
        <source>Campaign %1 cannot be activated yet: %2 qualifying lead(s) have no generated message (%3 pending, %4 failed). Generate them, or exclude them with &quot;outreach messages exclude ID&quot;.</source>
        <translation>Kampagne %1 kann noch nicht aktiviert werden: %2 qualifizierte Leads haben keine erzeugte Nachricht (%3 ausstehend, %4 fehlgeschlagen). Erzeugen Sie sie oder schließen Sie sie mit „outreach messages exclude ID“ aus.</translation>
    </message>
    <message>
        <source>Cannot read the messages of campaign %1</source>
        <translation>Die Nachrichten von Kampagne %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Campaign %1 has no generated messages to test.</source>
        <translation>Kampagne %1 hat keine erzeugten Nachrichten zum Testen.</translation>
    </message>
    <message>
        <source>Cannot assign a variant to message %1</source>
        <translation>Nachricht %1 kann keine Variante zugeteilt werden</translation>
    </message>
    <message>
        <source>Cannot assign the variants of campaign %1</source>
        <translation>Die Varianten von Kampagne %1 können nicht zugeteilt werden</translation>
    </message>
    <message>
        <source>Variant %1 does not exist: use 0, 1 or 2.</source>
        <translation>Variante %1 gibt es nicht: Verwenden Sie 0, 1 oder 2.</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>festgelegt</translation>
    </message>
    <message>
        <source>Message %1 is %2: only a generated message can be pinned to a variant.</source>
        <translation>Nachricht %1 ist %2: Nur eine erzeugte Nachricht kann auf eine Variante festgelegt werden.</translation>
    </message>
    <message>
        <source>exclude</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n generated message(s) are not approved yet.</source>
        <translation>
            <numerusform>%n generierte Nachricht ist noch nicht freigegeben.</numerusform>
            <numerusform>%n generierte Nachrichten sind noch nicht freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) have a variant over the channel&apos;s length limit.</source>
        <translation>
            <numerusform>%n Nachricht hat eine Variante über der Längengrenze des Kanals.</numerusform>
            <numerusform>%n Nachrichten haben eine Variante über der Längengrenze des Kanals.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot hold message %1 back for the roll-out</source>
        <translation>Nachricht %1 kann nicht für den Roll-out zurückgehalten werden</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>%1 won on %2 on %3 at %4 sends per variant (%5); now %6 vs %7.</source>
        <translation>
            <numerusform>%1 hat bei der %2 am %3 bei %4 Sendungen je Variante gewonnen (%5); jetzt %6 gegenüber %7.</numerusform>
            <numerusform>%1 hat bei der %2 am %3 bei %4 Sendungen je Variante gewonnen (%5); jetzt %6 gegenüber %7.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No winner by the deadline: %1, the most likely best (P(best) %2), was rolled out to %3 waiting leads.</source>
        <translation>
            <numerusform>Kein Gewinner bis zur Frist: %1, am wahrscheinlichsten die beste Variante (P(beste) %2), ging an %3 wartende Leads.</numerusform>
            <numerusform>Kein Gewinner bis zur Frist: %1, am wahrscheinlichsten die beste Variante (P(beste) %2), ging an %3 wartende Leads.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interim, not a decision: %1 leads on %2 with %3 at %4 of the planned %5 sends per variant.</source>
        <translation>Zwischenstand, keine Entscheidung: %1 liegt bei der %2 mit %3 vorn, bei %4 von geplanten %5 Sendungen je Variante.</translation>
    </message>
</context>
<context>
    <name>ApiKeyResolver</name>
    <message>
        <source>No API key for %1: set %2 or store one in Settings.</source>
        <translation>Kein API-Schlüssel für %1: Setzen Sie %2 oder speichern Sie einen in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>Campaign</name>
    <message>
        <source>A campaign cannot move from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Eine Kampagne kann nicht von „%1“ zu „%2“ wechseln.</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>Die Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>The minimum score must be from 0 to 100.</source>
        <translation>Die Mindestpunktzahl muss zwischen 0 und 100 liegen.</translation>
    </message>
    <message>
        <source>The minimum sample must be at least 1 send per variant.</source>
        <translation>Die Mindeststichprobe muss mindestens 1 Sendung pro Variante sein.</translation>
    </message>
    <message>
        <source>The budget cannot be negative.</source>
        <translation>Das Budget darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The significance level must be between 0 and 1.</source>
        <translation>Das Signifikanzniveau muss zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>The character limit cannot be negative.</source>
        <translation>Die Zeichengrenze darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The test share must be above 0 and at most 1 (100 %).</source>
        <translation>Der Testanteil muss über 0 und höchstens 1 (100 %) sein.</translation>
    </message>
    <message>
        <source>A fixed-horizon test needs its planned sends per variant.</source>
        <translation>Ein Test mit festem Horizont braucht die geplanten Sendungen je Variante.</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>color: #b91c1c;</source>
        <translation>color: #b91c1c;</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Grenze:</translation>
    </message>
    <message>
        <source>With subject</source>
        <translation>Mit Betreff</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>&amp;Mindestpunktzahl:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Hi {{first_name|there}}, … (type {{ for variables)</source>
        <translation>Hallo {{first_name|there}}, … ({{ tippen für Variablen)</translation>
    </message>
    <message>
        <source>Custom &amp;context:</source>
        <translation>Eigener &amp;Kontext:</translation>
    </message>
    <message>
        <source>&amp;Provider / model:</source>
        <translation>&amp;Anbieter / Modell:</translation>
    </message>
    <message>
        <source>provider default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <source>&amp;Sender name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>&amp;Winner metric:</source>
        <translation>&amp;Gewinnerkennzahl:</translation>
    </message>
    <message>
        <source>Minimum sample:</source>
        <translation>Mindeststichprobe:</translation>
    </message>
    <message>
        <source>&amp;Budget (USD):</source>
        <translation>&amp;Budget (USD):</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
</context>
<context>
    <name>ChannelRules</name>
    <message>
        <source>1 segment</source>
        <translation>1 Segment</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>LinkedIn note</source>
        <translation>LinkedIn-Notiz</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Subject is %1 characters; the limit is %2.</source>
        <translation>Der Betreff hat %1 Zeichen; die Grenze ist %2.</translation>
    </message>
    <message>
        <source>Subject is %1 characters; above %2 it may be cut off in the inbox.</source>
        <translation>Der Betreff hat %1 Zeichen; über %2 wird er im Posteingang eventuell abgeschnitten.</translation>
    </message>
    <message>
        <source>SMS body is %1 (%2, %3 characters); the limit is %4.</source>
        <translation>Der SMS-Text ist %1 (%2, %3 Zeichen); die Grenze ist %4.</translation>
    </message>
    <message>
        <source>%1 body is %2 characters; the limit is %3.</source>
        <translation>Der %1-Text hat %2 Zeichen; die Grenze ist %3.</translation>
    </message>
    <message>
        <source>%1 needs a subject.</source>
        <translation>%1 braucht einen Betreff.</translation>
    </message>
    <message>
        <source>%1 must not have a subject.</source>
        <translation>%1 darf keinen Betreff haben.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 (first bad byte at offset %1); save it as UTF-8 and try again</source>
        <translation>die Datei ist kein gültiges UTF-8 (erstes ungültiges Byte an Position %1); speichern Sie sie als UTF-8 und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a field; a field with quotes must end at its closing quote</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen eines Feldes; ein Feld in Anführungszeichen muss mit dem schließenden Anführungszeichen enden</translation>
    </message>
    <message>
        <source>a quote appears inside a field that does not start with a quote; put the field in quotes and double the quote (&quot;&quot;)</source>
        <translation>ein Anführungszeichen steht in einem Feld, das nicht mit einem Anführungszeichen beginnt; setzen Sie das Feld in Anführungszeichen und verdoppeln Sie das Zeichen (&quot;&quot;)</translation>
    </message>
    <message>
        <source>the quoted field starting here is never closed; the rest of the file cannot be read</source>
        <translation>das hier beginnende Feld in Anführungszeichen wird nie geschlossen; der Rest der Datei kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the CSV file: %1</source>
        <translation>Die CSV-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database URL is empty.</source>
        <translation>Die Datenbank-URL ist leer.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL is not valid: %1</source>
        <translation>Die PostgreSQL-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>The PostgreSQL URL names no database: use postgresql://user@host:port/dbname.</source>
        <translation>Die PostgreSQL-URL nennt keine Datenbank: Verwenden Sie postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The SQLite URL names no file.</source>
        <translation>Die SQLite-URL nennt keine Datei.</translation>
    </message>
    <message>
        <source>Cannot create the campaign &quot;%1&quot;</source>
        <translation>Die Kampagne „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot read campaign %1</source>
        <translation>Kampagne %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no campaign with id %1.</source>
        <translation>Es gibt keine Kampagne mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot list campaigns</source>
        <translation>Kampagnen können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot update the campaign &quot;%1&quot;</source>
        <translation>Die Kampagne „%1“ kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; was changed by someone else (version %2, you edited version %3).</source>
        <translation>Die Kampagne „%1“ wurde von jemand anderem geändert (Version %2, Sie haben Version %3 bearbeitet).</translation>
    </message>
    <message>
        <source>Cannot delete campaign %1</source>
        <translation>Kampagne %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot change the status of campaign %1</source>
        <translation>Der Status von Kampagne %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Campaign %1 changed status while this change was being made.</source>
        <translation>Kampagne %1 hat ihren Status geändert, während diese Änderung lief.</translation>
    </message>
    <message>
        <source>Cannot count qualifying leads</source>
        <translation>Qualifizierte Leads können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot update the cost of campaign %1</source>
        <translation>Die Kosten von Kampagne %1 können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database %1: %2</source>
        <translation>Die SQLite-Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL database &quot;%1&quot; on %2:%3 as &quot;%4&quot;: %5</source>
        <translation>Keine Verbindung zur PostgreSQL-Datenbank „%1“ auf %2:%3 als „%4“: %5</translation>
    </message>
    <message>
        <source>Commit without a transaction.</source>
        <translation>Commit ohne Transaktion.</translation>
    </message>
    <message>
        <source>Cannot read the variants of message %1</source>
        <translation>Die Varianten von Nachricht %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read message variants</source>
        <translation>Nachrichtenvarianten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read message %1</source>
        <translation>Nachricht %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no message with id %1.</source>
        <translation>Es gibt keine Nachricht mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot look up a message</source>
        <translation>Eine Nachricht kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Cannot list the messages of campaign %1</source>
        <translation>Die Nachrichten von Kampagne %1 können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot count messages</source>
        <translation>Nachrichten können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot find the leads to generate</source>
        <translation>Die zu erzeugenden Leads können nicht gefunden werden</translation>
    </message>
    <message>
        <source>Cannot store the message for lead %1</source>
        <translation>Die Nachricht für Lead %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot store a variant of message %1</source>
        <translation>Eine Variante von Nachricht %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot save variant %1 of message %2</source>
        <translation>Variante %1 von Nachricht %2 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Variant %1 of message %2 was changed by someone else (version %3, you edited version %4).</source>
        <translation>Variante %1 von Nachricht %2 wurde von jemand anderem geändert (Version %3, Sie haben Version %4 bearbeitet).</translation>
    </message>
    <message>
        <source>Message %1 has no variant %2.</source>
        <translation>Nachricht %1 hat keine Variante %2.</translation>
    </message>
    <message>
        <source>Cannot replace variant %1 of message %2</source>
        <translation>Variante %1 von Nachricht %2 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Cannot assign a variant to message %1</source>
        <translation>Nachricht %1 kann keine Variante zugeteilt werden</translation>
    </message>
    <message>
        <source>Message %1 belongs to a campaign whose A/B test has started; its variant can no longer be changed.</source>
        <translation>Nachricht %1 gehört zu einer Kampagne, deren A/B-Test begonnen hat; ihre Variante kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Cannot change message %1</source>
        <translation>Nachricht %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>Die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this version of Outreach Studio only knows versions up to %3. Update Outreach Studio to use this database.</source>
        <translation>Die Datenbank %1 hat Schemaversion %2, aber diese Version von Outreach Studio kennt nur Versionen bis %3. Aktualisieren Sie Outreach Studio, um diese Datenbank zu verwenden.</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Cannot update the counts of campaign %1</source>
        <translation>Die Zählerstände von Kampagne %1 können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot read the counts of campaign %1</source>
        <translation>Die Zählerstände von Kampagne %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot count the events of campaign %1</source>
        <translation>Die Ereignisse von Kampagne %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot recount campaign %1</source>
        <translation>Kampagne %1 kann nicht neu gezählt werden</translation>
    </message>
    <message>
        <source>Cannot store events</source>
        <translation>Ereignisse können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the events of message %1</source>
        <translation>Die Ereignisse von Nachricht %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>A lead with the email %1 already exists.</source>
        <translation>Ein Lead mit der E-Mail %1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot add the lead %1</source>
        <translation>Der Lead %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot update the lead %1</source>
        <translation>Der Lead %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The lead %1 was changed by someone else (version %2, you edited version %3).</source>
        <translation>Der Lead %1 wurde von jemand anderem geändert (Version %2, Sie haben Version %3 bearbeitet).</translation>
    </message>
    <message>
        <source>Cannot read lead %1</source>
        <translation>Lead %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no lead with id %1.</source>
        <translation>Es gibt keinen Lead mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot look up the lead %1</source>
        <translation>Der Lead %1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Cannot list leads</source>
        <translation>Leads können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>Cannot count leads</source>
        <translation>Leads können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot delete lead %1</source>
        <translation>Lead %1 kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot add the lead %1: it conflicts with an existing lead.</source>
        <translation>Der Lead %1 kann nicht hinzugefügt werden: Er kollidiert mit einem vorhandenen Lead.</translation>
    </message>
    <message>
        <source>Cannot read custom fields</source>
        <translation>Eigene Felder können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot approve message %1</source>
        <translation>Nachricht %1 kann nicht freigegeben werden</translation>
    </message>
    <message>
        <source>Cannot stage events</source>
        <translation>Die Ereignisse können nicht bereitgestellt werden</translation>
    </message>
    <message>
        <source>Cannot find the messages of the events</source>
        <translation>Die Nachrichten der Ereignisse können nicht gefunden werden</translation>
    </message>
    <message>
        <source>Cannot lock the campaign&apos;s events</source>
        <translation>Die Ereignisse der Kampagne können nicht gesperrt werden</translation>
    </message>
    <message>
        <source>Cannot set up the SQLite database %1: %2</source>
        <translation>Die SQLite-Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>no SQLite handle</source>
        <translation>kein SQLite-Handle</translation>
    </message>
    <message>
        <source>Cannot read the events of campaign %1</source>
        <translation>Die Ereignisse der Kampagne %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The folder %1 for the database %2 does not exist.</source>
        <translation>Der Ordner %1 für die Datenbank %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Unknown database URL scheme &quot;%1&quot;: use sqlite:PATH, a path, or postgresql://user@host:port/db.</source>
        <translation>Unbekanntes Datenbank-URL-Schema „%1“: Verwenden Sie sqlite:PFAD, einen Pfad oder postgresql://benutzer@host:port/db.</translation>
    </message>
    <message>
        <source>Cannot read the decision of campaign %1</source>
        <translation>Die Entscheidung von Kampagne %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the decisions of campaign %1</source>
        <translation>Die Entscheidungen von Kampagne %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot record the decision of campaign %1</source>
        <translation>Die Entscheidung von Kampagne %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The decision of campaign %1 was reopened while it was being recorded.</source>
        <translation>Die Entscheidung von Kampagne %1 wurde wieder geöffnet, während sie gespeichert wurde.</translation>
    </message>
    <message>
        <source>Campaign %1 has no recorded decision to reopen.</source>
        <translation>Kampagne %1 hat keine gespeicherte Entscheidung, die wieder geöffnet werden könnte.</translation>
    </message>
    <message>
        <source>Cannot reopen the decision of campaign %1</source>
        <translation>Die Entscheidung von Kampagne %1 kann nicht wieder geöffnet werden</translation>
    </message>
    <message>
        <source>The decision of campaign %1 was reopened by someone else.</source>
        <translation>Die Entscheidung von Kampagne %1 wurde von jemand anderem wieder geöffnet.</translation>
    </message>
    <message>
        <source>Cannot read the roll-out of campaign %1</source>
        <translation>Der Roll-out von Kampagne %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot roll out campaign %1</source>
        <translation>Der Roll-out von Kampagne %1 ist nicht möglich</translation>
    </message>
    <message>
        <source>Cannot assign the waiting leads of campaign %1</source>
        <translation>Den wartenden Leads von Kampagne %1 kann keine Variante zugewiesen werden</translation>
    </message>
    <message>
        <source>Cannot read the inbox sync state</source>
        <translation>Der Abgleichstand des Posteingangs kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot store the inbox sync state</source>
        <translation>Der Abgleichstand des Posteingangs kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot look up the send of a received mail</source>
        <translation>Der Versand zu einer empfangenen E-Mail kann nicht gesucht werden</translation>
    </message>
    <message>
        <source>Cannot read the replies</source>
        <translation>Die Antworten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot store a reply</source>
        <translation>Eine Antwort kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the inbox settings</source>
        <translation>Die Posteingangs-Einstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot store the inbox settings</source>
        <translation>Die Posteingangs-Einstellungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot store the stop on reply</source>
        <translation>Der Stopp bei Antwort kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot hold the sends to %1</source>
        <translation>Die Sendungen an %1 können nicht angehalten werden</translation>
    </message>
    <message>
        <source>Cannot read the stops on reply</source>
        <translation>Die Stopps bei Antwort können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the sends in doubt</source>
        <translation>Die unsicheren Sendungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot update send %1</source>
        <translation>Sendung %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot queue message %1</source>
        <translation>Nachricht %1 kann nicht in die Warteschlange gestellt werden</translation>
    </message>
    <message>
        <source>Cannot read queued send %1</source>
        <translation>Versand %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no queued send with id %1.</source>
        <translation>Es gibt keinen Versand mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot read the send of message %1</source>
        <translation>Der Versand von Nachricht %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the send queue of campaign %1</source>
        <translation>Die Versandwarteschlange von Kampagne %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the send queue</source>
        <translation>Die Versandwarteschlange kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot count the send queue of campaign %1</source>
        <translation>Die Versandwarteschlange von Kampagne %1 kann nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot update queued send %1</source>
        <translation>Versand %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot claim a message of campaign %1</source>
        <translation>Keine Nachricht von Kampagne %1 kann übernommen werden</translation>
    </message>
    <message>
        <source>Cannot count the sends of sender %1</source>
        <translation>Die Sendungen von Absender %1 können nicht gezählt werden</translation>
    </message>
    <message>
        <source>Cannot record queued send %1 as sent</source>
        <translation>Versand %1 kann nicht als gesendet gespeichert werden</translation>
    </message>
    <message>
        <source>Queued send %1 is not claimed or in doubt.</source>
        <translation>Versand %1 ist weder übernommen noch ungewiss.</translation>
    </message>
    <message>
        <source>Cannot requeue send %1</source>
        <translation>Versand %1 kann nicht erneut eingereiht werden</translation>
    </message>
    <message>
        <source>Cannot record send %1 as failed</source>
        <translation>Versand %1 kann nicht als fehlgeschlagen gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot record send %1 as in doubt</source>
        <translation>Versand %1 kann nicht als ungewiss gespeichert werden</translation>
    </message>
    <message>
        <source>Send %1 is not in doubt.</source>
        <translation>Versand %1 ist nicht ungewiss.</translation>
    </message>
    <message>
        <source>Cannot add the sender &quot;%1&quot;</source>
        <translation>Der Absender „%1“ kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot save the sender &quot;%1&quot;</source>
        <translation>Der Absender „%1“ kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>There is no sender with id %1.</source>
        <translation>Es gibt keinen Absender mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot read sender %1</source>
        <translation>Absender %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the senders</source>
        <translation>Die Absender können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot remove sender %1</source>
        <translation>Absender %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot pause sender %1</source>
        <translation>Absender %1 kann nicht pausiert werden</translation>
    </message>
    <message>
        <source>Cannot change the senders of campaign %1</source>
        <translation>Die Absender von Kampagne %1 können nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot add sender %1 to campaign %2</source>
        <translation>Absender %1 kann nicht zu Kampagne %2 hinzugefügt werden</translation>
    </message>
    <message>
        <source>Cannot read the senders of campaign %1</source>
        <translation>Die Absender von Kampagne %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the send settings of campaign %1</source>
        <translation>Die Versandeinstellungen von Kampagne %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot save the send settings of campaign %1</source>
        <translation>Die Versandeinstellungen von Kampagne %1 können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot reserve a send slot of sender %1</source>
        <translation>Für Absender %1 kann kein Sendezeitpunkt reserviert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 to suppress.</source>
        <translation>„%1“ ist kein gültiger Wert (%2) für die Sperrliste.</translation>
    </message>
    <message>
        <source>Cannot suppress &quot;%1&quot;</source>
        <translation>„%1“ kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>Cannot remove &quot;%1&quot; from the suppression list</source>
        <translation>„%1“ kann nicht von der Sperrliste entfernt werden</translation>
    </message>
    <message>
        <source>Cannot read the suppression list</source>
        <translation>Die Sperrliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot claim lead %1 of campaign %2 for generation</source>
        <translation>Lead %1 von Kampagne %2 kann nicht für die Erzeugung beansprucht werden</translation>
    </message>
    <message>
        <source>Cannot reserve the budget for lead %1</source>
        <translation>Das Budget für Lead %1 kann nicht reserviert werden</translation>
    </message>
    <message>
        <source>Cannot settle the budget reservation of lead %1</source>
        <translation>Die Budgetreservierung von Lead %1 kann nicht abgerechnet werden</translation>
    </message>
    <message>
        <source>Cannot release the claims of a generation run</source>
        <translation>Die Ansprüche eines Erzeugungslaufs können nicht freigegeben werden</translation>
    </message>
    <message>
        <source>Cannot read the generation claims</source>
        <translation>Die Erzeugungsansprüche können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s budget reservations</source>
        <translation>Die Budgetreservierungen der Kampagne können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The database file %1 is read-only: %2</source>
        <translation>Die Datenbankdatei %1 ist schreibgeschützt: %2</translation>
    </message>
    <message>
        <source>The database file %1 is read-only and has schema version %2; this version of Outreach Studio needs %3. Make it writable once to upgrade it.</source>
        <translation>Die Datenbankdatei %1 ist schreibgeschützt und hat die Schemaversion %2; diese Version von Outreach Studio braucht %3. Machen Sie sie einmal beschreibbar, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Cannot defer the next send of sender %1</source>
        <translation>Der nächste Versand von Absender %1 kann nicht verschoben werden</translation>
    </message>
    <message>
        <source>Cannot read the SMS waiting for a status</source>
        <translation>Die SMS, die auf einen Status warten, können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot store the status of send %1</source>
        <translation>Der Status von Sendung %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the status of send %1</source>
        <translation>Der Status von Sendung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot look up the send of a received SMS</source>
        <translation>Die Sendung zu einer empfangenen SMS kann nicht gesucht werden</translation>
    </message>
    <message>
        <source>Cannot read the sends of sender %1</source>
        <translation>Die Sendungen von Absender %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot store the sync status of mailbox %1</source>
        <translation>Der Abrufstatus des Postfachs %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the mailbox sync status</source>
        <translation>Der Abrufstatus der Postfächer kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>There is no reply with id %1.</source>
        <translation>Es gibt keine Antwort mit der ID %1.</translation>
    </message>
    <message>
        <source>A reply cannot be corrected to &quot;%1&quot;; use one of %2.</source>
        <translation>Eine Antwort kann nicht zu „%1“ korrigiert werden; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>Reply %1 is already of kind &quot;%2&quot;.</source>
        <translation>Antwort %1 ist bereits von der Art „%2“.</translation>
    </message>
    <message>
        <source>Cannot correct reply %1</source>
        <translation>Antwort %1 kann nicht korrigiert werden</translation>
    </message>
    <message>
        <source>Marked as a reply on %1: sends paused (stop on reply)</source>
        <translation>Am %1 als Antwort markiert: Versand pausiert (Stopp bei Antwort)</translation>
    </message>
    <message>
        <source>Cannot read the corrections of reply %1</source>
        <translation>Die Korrekturen der Antwort %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot release the budget reservation of lead %1</source>
        <translation>Die Budgetreservierung für Lead %1 kann nicht freigegeben werden</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>The demo leads are missing from this build.</source>
        <translation>Die Demo-Leads fehlen in diesem Build.</translation>
    </message>
    <message>
        <source>Demo: Q4 operations outreach</source>
        <translation>Demo: Q4-Ansprache Operations</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Generating</source>
        <translation>Wird generiert</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generiert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professionell</translation>
    </message>
    <message>
        <source>friendly</source>
        <translation>freundlich</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>geöffnet</translation>
    </message>
    <message>
        <source>clicked</source>
        <translation>geklickt</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>over limit</source>
        <translation>über dem Limit</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repariert</translation>
    </message>
    <message>
        <source>unresolved placeholder</source>
        <translation>offener Platzhalter</translation>
    </message>
    <message>
        <source>blank variable</source>
        <translation>leere Variable</translation>
    </message>
    <message>
        <source>auto-replied</source>
        <translation>automatisch beantwortet</translation>
    </message>
    <message>
        <source>lead data shortened</source>
        <translation>Lead-Daten gekürzt</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>send queue state</comment>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>send queue state</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>held</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>in doubt</source>
        <translation>unklar</translation>
    </message>
    <message>
        <source>TLS (port 465 / 993)</source>
        <translation>TLS (Port 465 / 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 587 / 143)</source>
        <translation>STARTTLS (Port 587 / 143)</translation>
    </message>
    <message>
        <source>None (only this computer)</source>
        <translation>Keine (nur dieser Computer)</translation>
    </message>
    <message>
        <source>Cerebras</source>
        <translation>Cerebras</translation>
    </message>
    <message>
        <source>OpenAI-compatible endpoint</source>
        <translation>OpenAI-kompatibler Endpunkt</translation>
    </message>
    <message>
        <source>Offline (templates, no network)</source>
        <translation>Offline (Vorlagen, kein Netzwerk)</translation>
    </message>
</context>
<context>
    <name>EditVariantCommand</name>
    <message>
        <source>Edit %1 variant</source>
        <translation>Variante %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>EventImport</name>
    <message>
        <source>No message of campaign %1 in the test is addressed to %2.</source>
        <translation>Keine Nachricht von Kampagne %1 im Test ist an %2 adressiert.</translation>
    </message>
    <message>
        <source>Message %1 is not a message of campaign %2 in the test.</source>
        <translation>Nachricht %1 gehört nicht zu Kampagne %2 im Test.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: events can be recorded once it has been activated.</source>
        <translation>Kampagne %1 ist %2: Ereignisse können erst nach der Aktivierung erfasst werden.</translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line.</source>
        <translation>Die Datei ist leer: Sie braucht eine Kopfzeile.</translation>
    </message>
    <message>
        <source>Line %1: the header has no %2 column (found: %3).</source>
        <translation>Zeile %1: Die Kopfzeile hat keine Spalte %2 (gefunden: %3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a message id.</source>
        <translation>„%1“ ist keine Nachrichten-ID.</translation>
    </message>
    <message>
        <source>The row names no message: the email (or message_id) is empty.</source>
        <translation>Die Zeile nennt keine Nachricht: Die E-Mail (oder message_id) ist leer.</translation>
    </message>
    <message>
        <source>The event is empty.</source>
        <translation>Das Ereignis ist leer.</translation>
    </message>
    <message>
        <source>Unknown event &quot;%1&quot; (not a funnel stage we track).</source>
        <translation>Unbekanntes Ereignis „%1“ (keine Trichterstufe, die wir erfassen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a timestamp: use ISO 8601 (2025-03-01T14:05:00Z) or Unix seconds.</source>
        <translation>„%1“ ist kein Zeitstempel: Verwenden Sie ISO 8601 (2025-03-01T14:05:00Z) oder Unix-Sekunden.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Der Export kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Generation</name>
    <message>
        <source>Cannot store generated messages: %1</source>
        <translation>Erzeugte Nachrichten können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>no explanation given</source>
        <translation>keine Begründung angegeben</translation>
    </message>
    <message>
        <source>%1 answered %2: %3</source>
        <translation>%1 antwortete %2: %3</translation>
    </message>
    <message>
        <source>Check the API key (Settings, or CEREBRAS_API_KEY / OUTREACH_API_KEY).</source>
        <translation>Prüfen Sie den API-Schlüssel (Einstellungen oder CEREBRAS_API_KEY / OUTREACH_API_KEY).</translation>
    </message>
    <message>
        <source>Check the base URL and the model name.</source>
        <translation>Prüfen Sie die Basis-URL und den Modellnamen.</translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Is the server running, and is the base URL right?</source>
        <translation>Keine Verbindung zu %1: Die Verbindung wurde abgelehnt. Läuft der Server, und stimmt die Basis-URL?</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the base URL and the network connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Basis-URL und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
    </message>
    <message>
        <source>%1 stopped sending data and the connection timed out.</source>
        <translation>%1 hat aufgehört, Daten zu senden, und die Verbindung ist abgelaufen.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection to %1 failed: %2. Check the base URL and the system&apos;s certificates.</source>
        <translation>Die sichere (TLS-)Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie die Basis-URL und die Zertifikate des Systems.</translation>
    </message>
    <message>
        <source>The network is not available, so %1 could not be reached.</source>
        <translation>Das Netzwerk ist nicht verfügbar, daher war %1 nicht erreichbar.</translation>
    </message>
    <message>
        <source>The proxy in the way to %1 failed: %2</source>
        <translation>Der Proxy auf dem Weg zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
</context>
<context>
    <name>HeaderStream</name>
    <message>
        <source>The folder &quot;%1&quot; changed its UIDVALIDITY during the sync.</source>
        <translation>Der Ordner „%1“ hat während der Synchronisierung seine UIDVALIDITY geändert.</translation>
    </message>
</context>
<context>
    <name>ImapClient</name>
    <message>
        <source>IMAP without TLS is only allowed to this computer (loopback), not to %1.</source>
        <translation>IMAP ohne TLS ist nur zu diesem Computer (Loopback) erlaubt, nicht zu %1.</translation>
    </message>
    <message>
        <source>Out of memory while connecting to %1.</source>
        <translation>Kein Speicher mehr beim Verbinden mit %1.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The IMAP server %1 cannot be reached.</source>
        <translation>Der IMAP-Server %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>STARTTLS with %1 failed.</source>
        <translation>STARTTLS mit %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The IMAP server %1 refused the login for %2%3</source>
        <translation>Der IMAP-Server %1 hat die Anmeldung für %2 abgelehnt%3</translation>
    </message>
    <message>
        <source>The connection to the IMAP server %1 was lost during login.</source>
        <translation>Die Verbindung zum IMAP-Server %1 brach während der Anmeldung ab.</translation>
    </message>
    <message>
        <source>%1 sent no TLS certificate.</source>
        <translation>%1 hat kein TLS-Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not trusted: %2</source>
        <translation>Dem TLS-Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; on %2 cannot be opened: %3</source>
        <translation>Der Ordner „%1“ auf %2 lässt sich nicht öffnen: %3</translation>
    </message>
    <message>
        <source>Reading messages from %1 failed: %2</source>
        <translation>Das Lesen der Nachrichten von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the connection was lost.</source>
        <translation>die Verbindung ist abgebrochen.</translation>
    </message>
    <message>
        <source>its answer broke off or could not be read.</source>
        <translation>seine Antwort brach ab oder war nicht lesbar.</translation>
    </message>
    <message>
        <source>the server gave no reason (libetpan error %1).</source>
        <translation>der Server hat keinen Grund genannt (libetpan-Fehler %1).</translation>
    </message>
    <message>
        <source>There is no connection to the IMAP server %1.</source>
        <translation>Es besteht keine Verbindung zum IMAP-Server %1.</translation>
    </message>
    <message>
        <source>Searching %1 failed: %2</source>
        <translation>Die Suche auf %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading flags from %1 failed.</source>
        <translation>Das Lesen der Markierungen von %1 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>InboxSync</name>
    <message>
        <source>Replied on %1: sends paused (stop on reply)</source>
        <translation>Hat am %1 geantwortet: Versand angehalten (Stopp bei Antwort)</translation>
    </message>
    <message>
        <source>Found in the Sent folder &quot;%1&quot;</source>
        <translation>Im Gesendet-Ordner „%1“ gefunden</translation>
    </message>
    <message>
        <source>Not found in the Sent folder &quot;%1&quot; on %2: send again or mark as sent</source>
        <translation>Am %2 nicht im Gesendet-Ordner „%1“ gefunden: erneut senden oder als gesendet markieren</translation>
    </message>
    <message>
        <source>Mailbox %1 (%2): %3</source>
        <translation>Postfach %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 replies, %4 auto-replies, %5 bounces, %6 opt-outs%7</source>
        <translation>%1: %2 neu, %3 Antworten, %4 automatische Antworten, %5 Unzustellbare, %6 Abmeldungen%7</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>store</source>
        <translation>speichern</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>The system keychain has no unlocked keyring, so the key cannot be kept there. Open your desktop&apos;s keyring manager (for example &quot;Passwords and Keys&quot;), create or unlock the &quot;Login&quot; keyring, and try again; or set CEREBRAS_API_KEY or OUTREACH_API_KEY instead.</source>
        <translation>Der Systemschlüsselbund hat keinen entsperrten Schlüsselbund, daher kann der Schlüssel dort nicht abgelegt werden. Öffnen Sie die Schlüsselbundverwaltung Ihres Desktops (zum Beispiel „Passwörter und Verschlüsselung“), legen Sie den Schlüsselbund „Anmeldung“ an oder entsperren Sie ihn und versuchen Sie es erneut; oder setzen Sie stattdessen CEREBRAS_API_KEY oder OUTREACH_API_KEY.</translation>
    </message>
    <message>
        <source>No secret named &quot;%1&quot; is stored in the system keychain.</source>
        <translation>Im Systemschlüsselbund ist kein Geheimnis namens „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused access to &quot;%1&quot; (it may be locked).</source>
        <translation>Der Systemschlüsselbund hat den Zugriff auf „%1“ verweigert (er ist vielleicht gesperrt).</translation>
    </message>
    <message>
        <source>Could not %1 &quot;%2&quot; in the system keychain: %3</source>
        <translation>„%2“ konnte im Systemschlüsselbund nicht %1 werden: %3</translation>
    </message>
    <message>
        <source>No system keychain is available (Secret Service not running). Set CEREBRAS_API_KEY or OUTREACH_API_KEY instead.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar (Secret Service läuft nicht). Setzen Sie stattdessen CEREBRAS_API_KEY oder OUTREACH_API_KEY.</translation>
    </message>
</context>
<context>
    <name>LeadColumnMapping</name>
    <message>
        <source>Unknown target field “%1” for column “%2”; use one of: %3</source>
        <translation>Unbekanntes Zielfeld „%1“ für Spalte „%2“; verwenden Sie eines von: %3</translation>
    </message>
    <message>
        <source>The file has no column “%1”</source>
        <translation>Die Datei hat keine Spalte „%1“</translation>
    </message>
    <message>
        <source>Expected COLUMN=FIELD, got “%1”</source>
        <translation>Erwartet SPALTE=FELD, erhalten „%1“</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Diese Spalte ignorieren</translation>
    </message>
    <message>
        <source>Keep as custom field</source>
        <translation>Als eigenes Feld behalten</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>City (part of location)</source>
        <translation>Stadt (Teil des Orts)</translation>
    </message>
    <message>
        <source>State (part of location)</source>
        <translation>Bundesland (Teil des Orts)</translation>
    </message>
    <message>
        <source>Country (part of location)</source>
        <translation>Land (Teil des Orts)</translation>
    </message>
    <message>
        <source>Qualification score (0–100)</source>
        <translation>Qualifizierungspunkte (0–100)</translation>
    </message>
    <message>
        <source>Qualification reasoning</source>
        <translation>Begründung der Qualifizierung</translation>
    </message>
    <message>
        <source>Pain points (list)</source>
        <translation>Probleme (Liste)</translation>
    </message>
    <message>
        <source>Buying signals (list)</source>
        <translation>Kaufsignale (Liste)</translation>
    </message>
    <message>
        <source>Research notes</source>
        <translation>Recherchenotizen</translation>
    </message>
    <message>
        <source>Technologies (list)</source>
        <translation>Technologien (Liste)</translation>
    </message>
    <message>
        <source>Recent news (list)</source>
        <translation>Aktuelle Nachrichten (Liste)</translation>
    </message>
    <message>
        <source>Company size (employees)</source>
        <translation>Unternehmensgröße (Mitarbeitende)</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Keywords (list)</source>
        <translation>Schlagwörter (Liste)</translation>
    </message>
</context>
<context>
    <name>LeadCsvParser</name>
    <message>
        <source>The file is empty: it has no header line</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>The header line cannot be read: %1 (character %2)</source>
        <translation>Die Kopfzeile kann nicht gelesen werden: %1 (Zeichen %2)</translation>
    </message>
    <message>
        <source>No usable header: no column holds an email, a LinkedIn URL or a phone number (columns found: %1)</source>
        <translation>Keine brauchbare Kopfzeile: Keine Spalte enthält eine E-Mail-Adresse, eine LinkedIn-URL oder eine Telefonnummer (gefundene Spalten: %1)</translation>
    </message>
    <message>
        <source>%1 (character %2)</source>
        <translation>%1 (Zeichen %2)</translation>
    </message>
    <message>
        <source>%1 (character %2); row skipped</source>
        <translation>%1 (Zeichen %2); Zeile übersprungen</translation>
    </message>
    <message>
        <source>Expected %1 columns as in the header but found %2; row skipped</source>
        <translation>%1 Spalten wie in der Kopfzeile erwartet, aber %2 gefunden; Zeile übersprungen</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>No email, LinkedIn URL or phone number: a lead needs at least one way to reach them</source>
        <translation>Keine E-Mail, LinkedIn-URL oder Telefonnummer: Ein Lead braucht mindestens einen Kontaktweg</translation>
    </message>
    <message>
        <source>“%1” is not a number; the qualification score must be a number from 0 to 100</source>
        <translation>„%1“ ist keine Zahl; die Qualifizierungspunkte müssen eine Zahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>Qualification score %1 is outside the range 0 to 100</source>
        <translation>Qualifizierungspunkte %1 liegen außerhalb von 0 bis 100</translation>
    </message>
    <message>
        <source>The value has %1 characters; a field may hold at most %2; row skipped</source>
        <translation>Der Wert hat %1 Zeichen; ein Feld darf höchstens %2 enthalten; Zeile übersprungen</translation>
    </message>
</context>
<context>
    <name>LeadImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no header line.</source>
        <translation>%1 hat keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>LeadQualification</name>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>no LinkedIn URL</source>
        <translation>keine LinkedIn-URL</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) with the score were left out: %1.</source>
        <translation>
            <numerusform>%n Lead mit ausreichender Bewertung wurde ausgelassen: %1.</numerusform>
            <numerusform>%n Leads mit ausreichender Bewertung wurden ausgelassen: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineProvider</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>OpenAiChatCall</name>
    <message>
        <source>Answer with one JSON object only: no code fences, no text before or after it. It must match this JSON schema exactly: %1</source>
        <translation>Answer with one JSON object only: no code fences, no text before or after it. It must match this JSON schema exactly: %1</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not a valid web address.</source>
        <translation>Die Basis-URL „%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a JSON response (%2).</source>
        <translation>%1 antwortete mit etwas, das keine JSON-Antwort ist (%2).</translation>
    </message>
    <message>
        <source>%1 refused to answer: %2</source>
        <translation>%1 hat die Antwort verweigert: %2</translation>
    </message>
    <message>
        <source>%1 answered without any message text (finish reason: %2).</source>
        <translation>%1 antwortete ohne Nachrichtentext (Abschlussgrund: %2).</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>keiner angegeben</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>OpenAiCompatibleProvider</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 answered, but its model list is empty or unreadable.</source>
        <translation>%1 hat geantwortet, aber seine Modellliste ist leer oder nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>PriceTable</name>
    <message>
        <source>The model list is not valid JSON (%1 at byte %2).</source>
        <translation>Die Modellliste ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The model list has no &quot;data&quot; array of models.</source>
        <translation>Die Modellliste hat kein „data“-Array mit Modellen.</translation>
    </message>
</context>
<context>
    <name>ProviderFactory</name>
    <message>
        <source>Unknown provider &quot;%1&quot;: use cerebras, openai or offline.</source>
        <translation>Unbekannter Anbieter „%1“: Verwenden Sie cerebras, openai oder offline.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; is not an http(s) address.</source>
        <translation>Die Basis-URL „%1“ ist keine http(s)-Adresse.</translation>
    </message>
    <message>
        <source>No API key for %1: set CEREBRAS_API_KEY or OUTREACH_API_KEY (or store one in Settings), or use --provider offline to write messages without a model.</source>
        <translation>Kein API-Schlüssel für %1: Setzen Sie CEREBRAS_API_KEY oder OUTREACH_API_KEY (oder speichern Sie einen in den Einstellungen), oder verwenden Sie --provider offline, um Nachrichten ohne Modell zu schreiben.</translation>
    </message>
</context>
<context>
    <name>ReplyListModel</name>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Delayed (soft bounce)</source>
        <translation>Verzögert (vorübergehend)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What it says</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Corrected by %1 on %2; was: %3</source>
        <translation>Korrigiert von %1 am %2; vorher: %3</translation>
    </message>
    <message>
        <source>%1 (corrected)</source>
        <translation>%1 (korrigiert)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
</context>
<context>
    <name>SendQueueModel</name>
    <message>
        <source>Last answer: %1</source>
        <translation>Letzte Antwort: %1</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduled / sent</source>
        <translation>Geplant / gesendet</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reason or answer</source>
        <translation>Grund oder Antwort</translation>
    </message>
</context>
<context>
    <name>SenderSecrets</name>
    <message>
        <source>No password or token for this sender: set %1 or store one in Settings &gt; Senders.</source>
        <translation>Kein Passwort oder Token für diesen Absender: %1 setzen oder eines unter Einstellungen &gt; Absender speichern.</translation>
    </message>
</context>
<context>
    <name>SendersPage</name>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>If you would rather not hear from me again, reply &quot;unsubscribe&quot; and I will not write to you again.</source>
        <translation>Wenn Sie nichts mehr von mir hören möchten, antworten Sie mit „abmelden“, und ich schreibe Ihnen nicht wieder.</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>keine Telefonnummer</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; has a character that is not a digit</source>
        <translation>Telefonnummer „%1“ enthält ein Zeichen, das keine Ziffer ist</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not international (+country code) and the lead&apos;s country does not say which code to add</source>
        <translation>Telefonnummer „%1“ ist nicht international (+Ländervorwahl), und das Land des Leads sagt nicht, welche Vorwahl fehlt</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is not a valid international number</source>
        <translation>Telefonnummer „%1“ ist keine gültige internationale Nummer</translation>
    </message>
    <message>
        <source>suppressed: %1 (%2)</source>
        <translation>gesperrt: %1 (%2)</translation>
    </message>
    <message>
        <source>LinkedIn messages are sent by hand from the assisted queue</source>
        <translation>LinkedIn-Nachrichten werden von Hand aus der unterstützten Warteschlange gesendet</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %n attempts</source>
        <translation>
            <numerusform>nach %n Versuch aufgegeben</numerusform>
            <numerusform>nach %n Versuchen aufgegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>bounced: %1</source>
        <translation>unzustellbar: %1</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; has no message to test with.</source>
        <translation>Kampagne „%1“ hat keine Nachricht für einen Test.</translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation>[Test] %1</translation>
    </message>
    <message>
        <source>no email address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no LinkedIn profile URL</source>
        <translation>keine LinkedIn-Profil-URL</translation>
    </message>
    <message>
        <source>the custom channel is export-only</source>
        <translation>der benutzerdefinierte Kanal wird nur exportiert</translation>
    </message>
    <message>
        <source>no variant assigned</source>
        <translation>keine Variante zugewiesen</translation>
    </message>
    <message>
        <source>over the channel&apos;s length limit</source>
        <translation>über der Längengrenze des Kanals</translation>
    </message>
    <message>
        <source>unresolved placeholder %1</source>
        <translation>nicht aufgelöster Platzhalter %1</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; uses the custom channel, which is export-only.</source>
        <translation>Kampagne „%1“ nutzt den benutzerdefinierten Kanal, der nur exportiert wird.</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is %2: only an active campaign sends.</source>
        <translation>Kampagne „%1“ ist %2: Nur eine aktive Kampagne sendet.</translation>
    </message>
    <message>
        <source>sending is paused for this campaign</source>
        <translation>der Versand dieser Kampagne ist pausiert</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; has no %2 sender: choose one (outreach campaigns senders).</source>
        <translation>Kampagne „%1“ hat keinen Absender vom Typ %2: Wählen Sie einen aus (outreach campaigns senders).</translation>
    </message>
    <message>
        <source>waiting for retries</source>
        <translation>wartet auf erneute Versuche</translation>
    </message>
    <message>
        <source>nothing left to send</source>
        <translation>nichts mehr zu senden</translation>
    </message>
    <message>
        <source>outside the send window in the leads&apos; local time</source>
        <translation>außerhalb des Versandfensters in der Ortszeit der Leads</translation>
    </message>
    <message>
        <source>sender %1 is paused: %2</source>
        <translation>Absender %1 ist pausiert: %2</translation>
    </message>
    <message>
        <source>outside the senders&apos; windows</source>
        <translation>außerhalb der Versandfenster der Absender</translation>
    </message>
    <message>
        <source>waiting between sends</source>
        <translation>Pause zwischen zwei Sendungen</translation>
    </message>
    <message>
        <source>daily cap reached</source>
        <translation>Tageslimit erreicht</translation>
    </message>
    <message>
        <source>the due messages were taken by another sender process</source>
        <translation>die fälligen Nachrichten hat ein anderer Sendeprozess übernommen</translation>
    </message>
    <message>
        <source>the sending process stopped after claiming this message and before the server&apos;s answer was recorded: it may or may not have gone out</source>
        <translation>der Sendeprozess endete, nachdem er diese Nachricht übernommen hatte und bevor die Antwort des Servers gespeichert war: Sie wurde vielleicht gesendet, vielleicht nicht</translation>
    </message>
    <message>
        <source>Plain-text SMTP is only allowed to this computer (localhost); %1 needs TLS or STARTTLS.</source>
        <translation>Unverschlüsseltes SMTP ist nur zu diesem Computer (localhost) erlaubt; %1 braucht TLS oder STARTTLS.</translation>
    </message>
    <message>
        <source>libcurl could not start.</source>
        <translation>libcurl konnte nicht starten.</translation>
    </message>
    <message>
        <source>Host unreachable: %1 (%2).</source>
        <translation>Server nicht erreichbar: %1 (%2).</translation>
    </message>
    <message>
        <source>Authentication refused by %1: %2</source>
        <translation>Anmeldung von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>TLS failed with %1: %2</source>
        <translation>TLS mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The connection to %1 ended after the message was handed over and before the server confirmed it (%2): it may or may not have been delivered.</source>
        <translation>Die Verbindung zu %1 endete, nachdem die Nachricht übergeben war und bevor der Server sie bestätigte (%2): Sie wurde vielleicht zugestellt, vielleicht nicht.</translation>
    </message>
    <message>
        <source>%1 answered with a temporary failure: %2</source>
        <translation>%1 meldete einen vorübergehenden Fehler: %2</translation>
    </message>
    <message>
        <source>%1 refused the message: %2</source>
        <translation>%1 hat die Nachricht abgelehnt: %2</translation>
    </message>
    <message>
        <source>Sending through %1 failed: %2</source>
        <translation>Senden über %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>OK: %1 answered and accepted the login.</source>
        <translation>OK: %1 hat geantwortet und die Anmeldung angenommen.</translation>
    </message>
    <message>
        <source>The lead was deleted: it is excluded from sending.</source>
        <translation>Der Lead wurde gelöscht: Er ist vom Versand ausgeschlossen.</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is too short (is the area code missing?)</source>
        <translation>Telefonnummer „%1“ ist zu kurz (fehlt die Vorwahl?)</translation>
    </message>
    <message>
        <source>phone number &quot;%1&quot; is too long</source>
        <translation>Telefonnummer „%1“ ist zu lang</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Twilio account SID (AC...).</source>
        <translation>„%1“ ist keine Twilio-Konto-SID (AC...).</translation>
    </message>
    <message>
        <source>Give either a From number or a Messaging Service SID (MG...).</source>
        <translation>Entweder eine Absendernummer oder eine Messaging-Service-SID (MG...) angeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Messaging Service SID (MG...).</source>
        <translation>„%1“ ist keine Messaging-Service-SID (MG...).</translation>
    </message>
    <message>
        <source>From number: %1</source>
        <translation>Absendernummer: %1</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot; must be an https address (plain http only to this computer).</source>
        <translation>Die Basis-URL „%1“ muss eine https-Adresse sein (unverschlüsseltes http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>No Twilio auth token for %1: set OUTREACH_TWILIO_TOKEN or store it in Settings &gt; Senders.</source>
        <translation>Kein Twilio-Auth-Token für %1: OUTREACH_TWILIO_TOKEN setzen oder unter Einstellungen &gt; Absender speichern.</translation>
    </message>
    <message>
        <source>Send %1 is %2, not in doubt.</source>
        <translation>Versand %1 ist %2, nicht unklar.</translation>
    </message>
    <message>
        <source>marked as sent by hand</source>
        <translation>von Hand als gesendet markiert</translation>
    </message>
</context>
<context>
    <name>SmsStatusSync</name>
    <message>
        <source>Authentication refused by %1: %2</source>
        <translation>Anmeldung von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Phone sender %1 (%2): %3</source>
        <translation>Telefonabsender %1 (%2): %3</translation>
    </message>
    <message>
        <source>Twilio status &quot;%1&quot;, error %2</source>
        <translation>Twilio-Status „%1“, Fehler %2</translation>
    </message>
    <message>
        <source>%1: %2 delivered, %3 bounced, %4 opt-outs, %5 replies, %6 waiting for a status%7</source>
        <translation>%1: %2 zugestellt, %3 unzustellbar, %4 Abmeldungen, %5 Antworten, %6 warten auf einen Status%7</translation>
    </message>
</context>
<context>
    <name>TemplateEngine</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>&quot;{{&quot; at %1 has no closing &quot;}}&quot;.</source>
        <translation>„{{“ bei %1 hat kein schließendes „}}“.</translation>
    </message>
    <message>
        <source>&quot;}}&quot; at %1 has no opening &quot;{{&quot;.</source>
        <translation>„}}“ bei %1 hat kein öffnendes „{{“.</translation>
    </message>
    <message>
        <source>Empty variable &quot;{{}}&quot; at %1.</source>
        <translation>Leere Variable „{{}}“ bei %1.</translation>
    </message>
    <message>
        <source>Unknown variable &quot;{{%1}}&quot; at %2.</source>
        <translation>Unbekannte Variable „{{%1}}“ bei %2.</translation>
    </message>
    <message>
        <source>Unknown variable &quot;{{%1}}&quot; at %2; did you mean &quot;{{%3}}&quot;?</source>
        <translation>Unbekannte Variable „{{%1}}“ bei %2; meinten Sie „{{%3}}“?</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s) in the template.</source>
        <translation>
            <numerusform>…und %n weiteres Problem in der Vorlage.</numerusform>
            <numerusform>…und %n weitere Probleme in der Vorlage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Twilio</name>
    <message>
        <source>Twilio refused the account SID or auth token</source>
        <translation>Twilio hat die Konto-SID oder das Auth-Token abgelehnt</translation>
    </message>
    <message>
        <source>Twilio does not know this account or resource: check the account SID and the base URL</source>
        <translation>Twilio kennt dieses Konto oder diese Ressource nicht: Konto-SID und Basis-URL prüfen</translation>
    </message>
    <message>
        <source>too many requests: Twilio asked to slow down</source>
        <translation>zu viele Anfragen: Twilio bittet, langsamer zu senden</translation>
    </message>
    <message>
        <source>the number is not a valid phone number</source>
        <translation>die Nummer ist keine gültige Telefonnummer</translation>
    </message>
    <message>
        <source>the From number cannot send SMS from this Twilio account</source>
        <translation>die Absendernummer kann mit diesem Twilio-Konto keine SMS senden</translation>
    </message>
    <message>
        <source>the recipient replied STOP to this sender and is unsubscribed</source>
        <translation>der Empfänger hat diesem Absender STOP geantwortet und ist abgemeldet</translation>
    </message>
    <message>
        <source>the number is not a mobile number and cannot receive SMS</source>
        <translation>die Nummer ist keine Mobilnummer und kann keine SMS empfangen</translation>
    </message>
    <message>
        <source>the Messaging Service cannot send: check its SID and its numbers</source>
        <translation>der Messaging Service kann nicht senden: SID und Nummern prüfen</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The sender has no Twilio account SID.</source>
        <translation>Der Absender hat keine Twilio-Konto-SID.</translation>
    </message>
    <message>
        <source>The Twilio base URL &quot;%1&quot; is not a web address.</source>
        <translation>Die Twilio-Basis-URL „%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>The Twilio base URL %1 is plain HTTP: the token would travel in clear. Use https (plain http is only allowed to this computer).</source>
        <translation>Die Twilio-Basis-URL %1 ist unverschlüsseltes HTTP: Das Token würde im Klartext übertragen. Bitte https verwenden (unverschlüsseltes http ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>%1 The message may or may not have gone out, so it is not sent again by itself.</source>
        <translation>%1 Die Nachricht ist vielleicht verschickt worden, vielleicht nicht; deshalb wird sie nicht von selbst erneut gesendet.</translation>
    </message>
    <message>
        <source>OK: Twilio account &quot;%1&quot; (%2) at %3</source>
        <translation>OK: Twilio-Konto „%1“ (%2) bei %3</translation>
    </message>
    <message>
        <source>Authentication refused by %1: %2</source>
        <translation>Anmeldung von %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The server answered %1 with something that is not Twilio&apos;s JSON (%2): check the base URL.</source>
        <translation>Der Server hat mit %1 geantwortet, aber nicht mit Twilios JSON (%2): Basis-URL prüfen.</translation>
    </message>
    <message>
        <source>The server answered %1 without a message SID: check the base URL.</source>
        <translation>Der Server hat mit %1 geantwortet, aber ohne Nachrichten-SID: Basis-URL prüfen.</translation>
    </message>
    <message>
        <source>The server answered %1 without an account SID: check the base URL.</source>
        <translation>Der Server hat mit %1 geantwortet, aber ohne Konto-SID: Basis-URL prüfen.</translation>
    </message>
    <message>
        <source>Twilio error %1: %2</source>
        <translation>Twilio-Fehler %1: %2</translation>
    </message>
    <message>
        <source>Twilio answered %1: %2</source>
        <translation>Twilio hat mit %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>The server answered %1 without a list of messages: check the base URL.</source>
        <translation>Der Server hat mit %1 ohne eine Liste von Nachrichten geantwortet: Prüfen Sie die Basis-URL.</translation>
    </message>
</context>
<context>
    <name>VariantParser</name>
    <message>
        <source>Professional</source>
        <translation>Professionell</translation>
    </message>
    <message>
        <source>Friendly</source>
        <translation>Freundlich</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>Die Antwort ist leer.</translation>
    </message>
    <message>
        <source>The answer&apos;s JSON is incomplete; it may have been cut off.</source>
        <translation>Das JSON der Antwort ist unvollständig; sie wurde vielleicht abgeschnitten.</translation>
    </message>
    <message>
        <source>The answer contains no JSON object.</source>
        <translation>Die Antwort enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 variant: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <source>The answer has no &quot;variants&quot; array.</source>
        <translation>Die Antwort hat kein „variants“-Array.</translation>
    </message>
    <message>
        <source>The answer has %1 variants; exactly 3 are required.</source>
        <translation>Die Antwort hat %1 Varianten; genau 3 sind nötig.</translation>
    </message>
    <message>
        <source>Variant %1 is not an object.</source>
        <translation>Variante %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>Variant %1 has no tone.</source>
        <translation>Variante %1 hat keine Tonlage.</translation>
    </message>
    <message>
        <source>Variant %1 has an unknown tone &quot;%2&quot;.</source>
        <translation>Variante %1 hat eine unbekannte Tonlage „%2“.</translation>
    </message>
    <message>
        <source>The tone &quot;%1&quot; appears more than once.</source>
        <translation>Die Tonlage „%1“ kommt mehrfach vor.</translation>
    </message>
    <message>
        <source>%1 variant: the body is empty.</source>
        <translation>Variante %1: Der Text ist leer.</translation>
    </message>
    <message>
        <source>%1 variant: the subject is missing.</source>
        <translation>Variante %1: Der Betreff fehlt.</translation>
    </message>
    <message>
        <source>%1 variant: this channel has no subject, but one was given.</source>
        <translation>Variante %1: Dieser Kanal hat keinen Betreff, aber einer wurde angegeben.</translation>
    </message>
    <message>
        <source>%1 variant: unresolved placeholder %2.</source>
        <translation>Variante %1: Platzhalter %2 nicht aufgelöst.</translation>
    </message>
    <message>
        <source>No variant has the tone &quot;%1&quot;.</source>
        <translation>Keine Variante hat die Tonlage „%1“.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personalized outreach with A/B/C testing</source>
        <translation>Personalisierte Ansprache mit A/B/C-Tests</translation>
    </message>
    <message>
        <source>Database: sqlite:PATH, a path, or postgresql://user@host:port/db</source>
        <translation>Datenbank: sqlite:PFAD, ein Pfad oder postgresql://benutzer@host:port/db</translation>
    </message>
</context>
<context>
    <name>outreach::AboutDialog</name>
    <message>
        <source>About Outreach Studio</source>
        <translation>Über Outreach Studio</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Personalized outreach with three tone variants per lead, tested as an A/B/C test with honest statistics.</source>
        <translation>Persönliche Ansprache mit drei Tonlagen pro Lead, getestet als A/B/C-Test mit ehrlicher Statistik.</translation>
    </message>
    <message>
        <source>&lt;p&gt;This program uses these libraries:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io&quot;&gt;Qt&lt;/a&gt; %1, under the GNU Lesser General Public License v3 (LGPLv3)&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;, under the BSD 3-Clause License&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://www.boost.org&quot;&gt;Boost&lt;/a&gt; (Boost.Math), under the Boost Software License 1.0&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Dieses Programm verwendet folgende Bibliotheken:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;a href=&quot;https://www.qt.io&quot;&gt;Qt&lt;/a&gt; %1, unter der GNU Lesser General Public License v3 (LGPLv3)&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://github.com/frankosterfeld/qtkeychain&quot;&gt;QtKeychain&lt;/a&gt;, unter der BSD-3-Clause-Lizenz&lt;/li&gt;&lt;li&gt;&lt;a href=&quot;https://www.boost.org&quot;&gt;Boost&lt;/a&gt; (Boost.Math), unter der Boost Software License 1.0&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>outreach::AnalyticsPane</name>
    <message>
        <source>The rate that decides the winner</source>
        <translation>Die Rate, die über den Gewinner entscheidet</translation>
    </message>
    <message>
        <source>&amp;Import events…</source>
        <translation>Ereignisse &amp;importieren…</translation>
    </message>
    <message>
        <source>Read sent, opened, clicked and replied events from a CSV file of your sending platform</source>
        <translation>Versand-, Öffnungs-, Klick- und Antwortereignisse aus einer CSV-Datei Ihrer Versandplattform lesen</translation>
    </message>
    <message>
        <source>E&amp;xport messages…</source>
        <translation>Nachrichten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write each lead&apos;s assigned variant to a CSV file for your sending platform</source>
        <translation>Die zugeteilte Variante jedes Leads in eine CSV-Datei für Ihre Versandplattform schreiben</translation>
    </message>
    <message>
        <source>Save chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Winner &amp;metric:</source>
        <translation>Gewinner&amp;kennzahl:</translation>
    </message>
    <message>
        <source>Select a campaign to see how its variants perform.</source>
        <translation>Wählen Sie eine Kampagne, um zu sehen, wie ihre Varianten abschneiden.</translation>
    </message>
    <message>
        <source>The A/B test of &quot;%1&quot; has not started: activate the campaign to assign a variant to every lead, then import events.</source>
        <translation>Der A/B-Test von „%1“ hat noch nicht begonnen: Aktivieren Sie die Kampagne, um jedem Lead eine Variante zuzuteilen, und importieren Sie dann Ereignisse.</translation>
    </message>
    <message>
        <source>Warning: sample ratio mismatch. The variants were sent in proportions that differ from the plan more than chance explains (p = %1). Check the assignment and the imported events before trusting this result.</source>
        <translation>Warnung: Sample Ratio Mismatch. Die Varianten wurden in Anteilen versendet, die stärker vom Plan abweichen, als der Zufall erklärt (p = %1). Prüfen Sie die Zuteilung und die importierten Ereignisse, bevor Sie diesem Ergebnis trauen.</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Imported %1 events from %2 (%3 already known).</source>
        <translation>%1 Ereignisse aus %2 importiert (%3 bereits bekannt).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped; the first, line %1: %2</source>
        <translation>
            <numerusform>%n Zeile übersprungen; Zeile %1: %2</numerusform>
            <numerusform>%n Zeilen übersprungen; die erste, Zeile %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export messages</source>
        <translation>Nachrichten exportieren</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n message(s) to %1.</source>
        <translation>
            <numerusform>%n Nachricht nach %1 exportiert.</numerusform>
            <numerusform>%n Nachrichten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation>Diagramm unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Importing events from %1…</source>
        <translation>Ereignisse aus %1 werden importiert …</translation>
    </message>
    <message>
        <source>A/B test: %1</source>
        <translation>A/B-Test: %1</translation>
    </message>
</context>
<context>
    <name>outreach::CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>(application default)</source>
        <translation>(Standard der Anwendung)</translation>
    </message>
    <message>
        <source>Could not save the campaign</source>
        <translation>Die Kampagne konnte nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s) qualify</source>
        <translation>
            <numerusform>%Ln Lead qualifiziert sich</numerusform>
            <numerusform>%Ln Leads qualifizieren sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out: %1</source>
        <translation>
            <numerusform>%Ln ausgelassen: %1</numerusform>
            <numerusform>%Ln ausgelassen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequential (look any time)</source>
        <translation>Sequenziell (jederzeit ansehen)</translation>
    </message>
    <message>
        <source>Fixed horizon (decide at the plan)</source>
        <translation>Fester Horizont (beim Plan entscheiden)</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>kein Plan</translation>
    </message>
    <message>
        <source> per variant</source>
        <translation> je Variante</translation>
    </message>
    <message>
        <source>Decision &amp;mode:</source>
        <translation>Entscheidungs&amp;modus:</translation>
    </message>
    <message>
        <source>Share of qualifying leads in the test; the others wait and get the winner.</source>
        <translation>Anteil der qualifizierten Leads im Test; die übrigen warten und erhalten den Gewinner.</translation>
    </message>
    <message>
        <source>Roll out by</source>
        <translation>Roll-out bis</translation>
    </message>
    <message>
        <source>Test &amp;share:</source>
        <translation>Test&amp;anteil:</translation>
    </message>
</context>
<context>
    <name>outreach::CampaignListModel</name>
    <message>
        <source>%1 — %2 campaign, minimum score %3</source>
        <translation>%1 — %2-Kampagne, Mindestpunktzahl %3</translation>
    </message>
    <message>
        <source>%1 · %2 qualifying · %3 generated</source>
        <translation>%1 · %2 qualifiziert · %3 erzeugt</translation>
    </message>
</context>
<context>
    <name>outreach::CampaignPane</name>
    <message>
        <source>&lt;b&gt;Campaigns&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kampagnen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation>Kampagne &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Could not duplicate the campaign</source>
        <translation>Die Kampagne konnte nicht dupliziert werden</translation>
    </message>
    <message>
        <source>Delete the campaign “%1”?

Its %2 generated messages, their variants and all recorded events are deleted with it. This cannot be undone.</source>
        <translation>Die Kampagne „%1“ löschen?

Ihre %2 erzeugten Nachrichten, deren Varianten und alle erfassten Ereignisse werden mit gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete the campaign</source>
        <translation>Die Kampagne konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>&amp;Pause the test</source>
        <translation>Test &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume the test</source>
        <translation>Test &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Complete the test…</source>
        <translation>Test &amp;abschließen…</translation>
    </message>
    <message>
        <source>A&amp;rchive…</source>
        <translation>A&amp;rchivieren…</translation>
    </message>
    <message>
        <source>Cost %1 · %2 per message</source>
        <translation>Kosten %1 · %2 pro Nachricht</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 spent on generation; %Ln message(s) generated.</source>
        <translation>
            <numerusform>%1 für die Generierung ausgegeben; %Ln Nachricht generiert.</numerusform>
            <numerusform>%1 für die Generierung ausgegeben; %Ln Nachrichten generiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete the A/B test</source>
        <translation>A/B-Test abschließen</translation>
    </message>
    <message>
        <source>Complete “%1”? The test stops for good: no more messages are sent, and the results stay as they are.</source>
        <translation>„%1“ abschließen? Der Test endet endgültig: Es werden keine Nachrichten mehr gesendet, und die Ergebnisse bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Archive the campaign</source>
        <translation>Kampagne archivieren</translation>
    </message>
    <message>
        <source>Archive “%1”? It can no longer be changed, generated or sent; its messages and results are kept.</source>
        <translation>„%1“ archivieren? Sie kann dann nicht mehr geändert, generiert oder gesendet werden; ihre Nachrichten und Ergebnisse bleiben erhalten.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>The campaign status was not changed</source>
        <translation>Der Kampagnenstatus wurde nicht geändert</translation>
    </message>
</context>
<context>
    <name>outreach::CampaignSendSettingsRow</name>
    <message>
        <source>Only appro&amp;ved messages</source>
        <translation>Nur freigegebene Nachr&amp;ichten</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Leads&apos; &amp;window:</source>
        <translation>Fenster de&amp;r Leads:</translation>
    </message>
    <message>
        <source>When messages may arrive, in each lead&apos;s local time</source>
        <translation>Wann Nachrichten ankommen dürfen, in der Ortszeit jedes Leads</translation>
    </message>
    <message>
        <source>&amp;Zone without one:</source>
        <translation>&amp;Zone ohne eigene:</translation>
    </message>
    <message>
        <source>Leads&apos; window: %1</source>
        <translation>Fenster der Leads: %1</translation>
    </message>
    <message>
        <source>Zone: &quot;%1&quot; is not a known zone (e.g. Europe/Berlin).</source>
        <translation>Zone: „%1“ ist keine bekannte Zone (z. B. Europe/Berlin).</translation>
    </message>
</context>
<context>
    <name>outreach::CampaignSendersBox</name>
    <message>
        <source>Senders of this campaign</source>
        <translation>Absender dieser Kampagne</translation>
    </message>
    <message>
        <source>Sender (tick to use)</source>
        <translation>Absender (zum Verwenden ankreuzen)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next send</source>
        <translation>Nächster Versand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Custom campaigns are exported, not sent.</source>
        <translation>Benutzerdefinierte Kampagnen werden exportiert, nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>sender name and address</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 / %2 sent</source>
        <translation>%1 / %2 gesendet</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>pausiert: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>No %1 sender yet: add one in Settings › Senders.</source>
        <translation>Noch kein %1-Absender: Fügen Sie einen unter Einstellungen › Absender hinzu.</translation>
    </message>
    <message>
        <source>Tick the senders this campaign sends through; it rotates over them.</source>
        <translation>Kreuzen Sie die Absender an, über die diese Kampagne sendet; sie wechselt zwischen ihnen ab.</translation>
    </message>
    <message>
        <source>Sends rotate over the ticked senders: the one free the longest goes first.</source>
        <translation>Der Versand wechselt zwischen den angekreuzten Absendern: Der am längsten freie sendet zuerst.</translation>
    </message>
    <message>
        <source>The campaign&apos;s senders were not changed</source>
        <translation>Die Absender der Kampagne wurden nicht geändert</translation>
    </message>
</context>
<context>
    <name>outreach::DatabaseSettingsPage</name>
    <message>
        <source>&amp;SQLite file on this computer</source>
        <translation>&amp;SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (shared by a team)</source>
        <translation>&amp;PostgreSQL-Server (für ein Team)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <comment>new database file</comment>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <comment>database name on the server</comment>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>T&amp;esten</translation>
    </message>
    <message>
        <source>Connect to the database and report its schema version</source>
        <translation>Mit der Datenbank verbinden und ihre Schemaversion melden</translation>
    </message>
    <message>
        <source>Switching the database reloads every pane. Nothing is copied between databases.</source>
        <translation>Ein Datenbankwechsel lädt alle Bereiche neu. Zwischen Datenbanken wird nichts kopiert.</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New database file</source>
        <translation>Neue Datenbankdatei</translation>
    </message>
    <message>
        <source>Open database file</source>
        <translation>Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>A new database is created at %1 when you press OK.</source>
        <translation>Beim Klick auf OK wird unter %1 eine neue Datenbank angelegt.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Cancel &amp;test</source>
        <translation>Test abbre&amp;chen</translation>
    </message>
    <message>
        <source>Connected. The database is empty; it is set up when you switch to it.</source>
        <translation>Verbunden. Die Datenbank ist leer; sie wird beim Wechsel eingerichtet.</translation>
    </message>
    <message>
        <source>Connected. Schema version %1; it is upgraded to %2 when you switch to it.</source>
        <translation>Verbunden. Schemaversion %1; sie wird beim Wechsel auf %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Connected. Schema version %1 (current).</source>
        <translation>Verbunden. Schemaversion %1 (aktuell).</translation>
    </message>
</context>
<context>
    <name>outreach::DecisionPanel</name>
    <message>
        <source>Reopen decision</source>
        <translation>Entscheidung wieder öffnen</translation>
    </message>
    <message>
        <source>End the recorded decision (the reopening is recorded too); the next look may decide again.</source>
        <translation>Beendet die gespeicherte Entscheidung (auch das Wiederöffnen wird gespeichert); die nächste Auswertung kann neu entscheiden.</translation>
    </message>
    <message>
        <source>Sequential test: always valid however often you look (alpha %1).</source>
        <translation>Sequenzieller Test: gültig, egal wie oft Sie hinsehen (Alpha %1).</translation>
    </message>
    <message>
        <source>Fixed-horizon test, interim: the numbers are not a decision until %1 sends per variant.</source>
        <translation>Test mit festem Horizont, Zwischenstand: Die Zahlen sind bis %1 Sendungen je Variante keine Entscheidung.</translation>
    </message>
    <message>
        <source>Fixed-horizon test (alpha %1).</source>
        <translation>Test mit festem Horizont (Alpha %1).</translation>
    </message>
    <message>
        <source>Decision recorded on %1: %2 (round %3).</source>
        <translation>Entscheidung gespeichert am %1: %2 (Runde %3).</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Noch keine Entscheidung gespeichert.</translation>
    </message>
    <message>
        <source>Roll-out: none, every qualifying lead is in the test.</source>
        <translation>Roll-out: keiner, jeder qualifizierte Lead ist im Test.</translation>
    </message>
    <message>
        <source>Roll-out: %1 leads wait for the winner (test share %2 %).</source>
        <translation>Roll-out: %1 Leads warten auf den Gewinner (Testanteil %2 %).</translation>
    </message>
    <message>
        <source>Roll-out: %1 went to %2 waiting leads on %3.</source>
        <translation>Roll-out: %1 ging am %3 an %2 wartende Leads.</translation>
    </message>
    <message>
        <source>%1 %2 points</source>
        <translation>%1 %2 Punkte</translation>
    </message>
    <message>
        <source>Expected loss if chosen: %1.</source>
        <translation>Erwarteter Verlust bei Wahl: %1.</translation>
    </message>
</context>
<context>
    <name>outreach::GenerationEngine</name>
    <message>
        <source>A generation run is already going on.</source>
        <translation>Es läuft bereits ein Erzeugungslauf.</translation>
    </message>
    <message>
        <source>No message provider is set up.</source>
        <translation>Es ist kein Anbieter für Nachrichten eingerichtet.</translation>
    </message>
    <message>
        <source>Campaign %1 is %2: messages can be generated only while it is a draft or ready.</source>
        <translation>Kampagne %1 ist %2: Nachrichten können nur im Entwurf oder im Status „bereit“ erzeugt werden.</translation>
    </message>
    <message>
        <source>Message %1 has no variants yet; regenerate the whole message.</source>
        <translation>Nachricht %1 hat noch keine Varianten; erzeugen Sie die ganze Nachricht neu.</translation>
    </message>
    <message>
        <source>Variant %1 does not exist: use 0, 1 or 2.</source>
        <translation>Variante %1 gibt es nicht: Verwenden Sie 0, 1 oder 2.</translation>
    </message>
    <message>
        <source>The run stopped before this lead was retried.</source>
        <translation>Der Lauf wurde beendet, bevor dieser Lead erneut versucht wurde.</translation>
    </message>
    <message>
        <source>The answer was unusable: %1</source>
        <translation>Die Antwort war unbrauchbar: %1</translation>
    </message>
    <message>
        <source>Gave up after %1 attempts: %2</source>
        <translation>Nach %1 Versuchen aufgegeben: %2</translation>
    </message>
    <message>
        <source>Regenerating message %1 failed: %2</source>
        <translation>Neu-Erzeugen von Nachricht %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Blank for this lead, written around: %1</source>
        <translation>Für diesen Lead leer, umschrieben: %1</translation>
    </message>
    <message>
        <source>Budget reached before this lead was retried.</source>
        <translation>Budget erreicht, bevor dieser Lead erneut versucht wurde.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>The provider %1 refused the API key (HTTP %2): %3</source>
        <translation>Der Anbieter %1 hat den API-Schlüssel abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>Lead data shortened for the prompt: %1</source>
        <translation>Lead-Daten für den Prompt gekürzt: %1</translation>
    </message>
</context>
<context>
    <name>outreach::GenerationPanel</name>
    <message>
        <source>time left unknown</source>
        <translation>Restzeit unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n s left</source>
        <translation>
            <numerusform>noch %n s</numerusform>
            <numerusform>noch %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s left</source>
        <translation>noch %1 min %2 s</translation>
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>&amp;Generate for the campaign</source>
        <translation>Für die Kampagne &amp;erzeugen</translation>
    </message>
    <message>
        <source>Retry the &amp;failed messages</source>
        <translation>&amp;Fehlgeschlagene Nachrichten wiederholen</translation>
    </message>
    <message>
        <source>Regenerate the &amp;selected message</source>
        <translation>&amp;Ausgewählte Nachricht neu erzeugen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>No generation running.</source>
        <translation>Keine Erzeugung aktiv.</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the stored results to be written…</source>
        <translation>Abbruch: Warte, bis die Ergebnisse gespeichert sind…</translation>
    </message>
    <message>
        <source>Select a message in the Messages tab to regenerate it.</source>
        <translation>Wählen Sie auf der Registerkarte Nachrichten eine Nachricht, um sie neu zu erzeugen.</translation>
    </message>
    <message>
        <source>Select a campaign to generate its messages.</source>
        <translation>Wählen Sie eine Kampagne, um ihre Nachrichten zu erzeugen.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <source>Generation stopped.</source>
        <translation>Erzeugung beendet.</translation>
    </message>
    <message>
        <source>Generating with %1 / %2:</source>
        <translation>Erzeuge mit %1 / %2:</translation>
    </message>
    <message>
        <source>%1 done · %2 failed · %3 remaining</source>
        <translation>%1 fertig · %2 fehlgeschlagen · %3 verbleibend</translation>
    </message>
    <message>
        <source>%1 msg/min</source>
        <translation>%1 Nachr./min</translation>
    </message>
    <message>
        <source>Paused: requests already sent are still being stored.</source>
        <translation>Pausiert: Bereits gesendete Anfragen werden noch gespeichert.</translation>
    </message>
    <message>
        <source>%1 written, %2 failed in %3 s</source>
        <translation>%1 geschrieben, %2 fehlgeschlagen in %3 s</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <translation>Abgebrochen: %1.</translation>
    </message>
    <message>
        <source>Stopped at the budget: %1.</source>
        <translation>Beim Budget angehalten: %1.</translation>
    </message>
    <message>
        <source>Stopped: %1.</source>
        <translation>Angehalten: %1.</translation>
    </message>
    <message>
        <source>Finished: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>bisher %1</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Pausiert.</translation>
    </message>
</context>
<context>
    <name>outreach::GenerationRunner</name>
    <message>
        <source>A generation run is already going on.</source>
        <translation>Es läuft bereits ein Erzeugungslauf.</translation>
    </message>
    <message>
        <source>Choose a message to regenerate.</source>
        <translation>Wählen Sie eine Nachricht zum Neu-Erzeugen.</translation>
    </message>
    <message>
        <source>Stopped after the first %1 messages all failed, so the rest are not paid for. The last error: %2</source>
        <translation>Angehalten, nachdem die ersten %1 Nachrichten alle fehlschlugen, damit der Rest nicht bezahlt wird. Letzter Fehler: %2</translation>
    </message>
</context>
<context>
    <name>outreach::ImportDialog</name>
    <message>
        <source>Import leads</source>
        <translation>Leads importieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Check how each column is read; change any mapping in the first row.</source>
        <translation>Prüfen Sie, wie jede Spalte gelesen wird; ändern Sie Zuordnungen in der ersten Zeile.</translation>
    </message>
    <message>
        <source>Update the existing lead</source>
        <translation>Vorhandenen Lead aktualisieren</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Zeile überspringen</translation>
    </message>
    <message>
        <source>When the email already exists:</source>
        <translation>Wenn die E-Mail schon existiert:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Save rejected lines…</source>
        <translation>Abgelehnte Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <source>Save rejected lines</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 columns found.</source>
        <translation>%1 Spalten gefunden.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1, line %2: %3</source>
        <translation>Nichts wurde importiert. %1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>Imported %1 new, updated %2, skipped %3.</source>
        <translation>%1 neu importiert, %2 aktualisiert, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Type or paste the path of a CSV file, or browse</source>
        <translation>Pfad einer CSV-Datei eingeben oder einfügen, oder durchsuchen</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>outreach::InboxStatusView</name>
    <message>
        <source>sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>kein Passwort</translation>
    </message>
    <message>
        <source>certificate refused</source>
        <translation>Zertifikat abgelehnt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>sync failed</source>
        <translation>Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open &amp;settings…</source>
        <translation>&amp;Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>%1 not synced yet</source>
        <translation>%1 noch nicht abgerufen</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Posteingang: %1</translation>
    </message>
    <message>
        <source>%1 (syncing…)</source>
        <translation>%1 (wird abgerufen…)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 — last success: %2</source>
        <translation>%1 — zuletzt erfolgreich: %2</translation>
    </message>
    <message>
        <source>    last error (%1): %2</source>
        <translation>    letzter Fehler (%1): %2</translation>
    </message>
    <message>
        <source>Inbox sync cannot sign in to %1: %2</source>
        <translation>Der Posteingangsabruf kann sich bei %1 nicht anmelden: %2</translation>
    </message>
    <message>
        <source>Inbox sync has no password for %1: %2</source>
        <translation>Für den Posteingangsabruf fehlt das Passwort von %1: %2</translation>
    </message>
    <message>
        <source>Inbox sync cannot read %1: %2</source>
        <translation>Der Posteingangsabruf kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>Until it is fixed, replies there are not counted. Fix it in Settings › Senders, then Retry.</source>
        <translation>Bis das behoben ist, werden Antworten dort nicht gezählt. Beheben Sie es unter Einstellungen › Absender und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>outreach::InlineBanner</name>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>outreach::InterfaceSettingsPage</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes the next time Outreach Studio starts. Numbers, percentages and dates follow the same language.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Outreach Studio. Zahlen, Prozentwerte und Datumsangaben folgen derselben Sprache.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Only at start and on demand</source>
        <translation>Nur beim Start und auf Wunsch</translation>
    </message>
    <message>
        <source>While Outreach Studio is open it reads the replies in every mailbox with IMAP settings this often, and once at start. Your mail is never changed.</source>
        <translation>Solange Outreach Studio geöffnet ist, liest es die Antworten in jedem Postfach mit IMAP-Einstellungen so oft und einmal beim Start. Ihre E-Mails werden nie verändert.</translation>
    </message>
    <message>
        <source>Check &amp;mailboxes every:</source>
        <translation>&amp;Postfächer prüfen alle:</translation>
    </message>
</context>
<context>
    <name>outreach::LeadDialog</name>
    <message>
        <source>Edit lead</source>
        <translation>Lead bearbeiten</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Lin&amp;kedIn URL:</source>
        <translation>Lin&amp;kedIn-URL:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>+4930123456</source>
        <translation>+4930123456</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>Be&amp;wertung:</translation>
    </message>
    <message>
        <source>&amp;Reasoning:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>A lead needs an email address, a phone number or a LinkedIn URL.</source>
        <translation>Ein Lead braucht eine E-Mail-Adresse, eine Telefonnummer oder eine LinkedIn-URL.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number in international form, such as +4930123456.</source>
        <translation>„%1“ ist keine Telefonnummer in internationaler Form wie +4930123456.</translation>
    </message>
    <message>
        <source>The lead was not saved</source>
        <translation>Der Lead wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Someone else changed this lead</source>
        <translation>Jemand anderes hat diesen Lead geändert</translation>
    </message>
    <message>
        <source>%1

Load their version (your changes are dropped), or save yours over it?</source>
        <translation>%1

Die andere Fassung laden (Ihre Änderungen werden verworfen) oder Ihre darüber speichern?</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Andere Fassung laden</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Mit meiner überschreiben</translation>
    </message>
</context>
<context>
    <name>outreach::LeadDisplayProxy</name>
    <message>
        <source>Qualifies for this campaign</source>
        <translation>Qualifiziert sich für diese Kampagne</translation>
    </message>
</context>
<context>
    <name>outreach::LeadTableModel</name>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>outreach::LeadsPane</name>
    <message>
        <source>Search name, email, company, title…</source>
        <translation>Name, E-Mail, Unternehmen, Position suchen…</translation>
    </message>
    <message>
        <source>Score ≥ </source>
        <translation>Punkte ≥ </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Select a lead to see its research.</source>
        <translation>Wählen Sie einen Lead, um seine Recherche zu sehen.</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Punkte %1</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Buying signals</source>
        <translation>Kaufsignale</translation>
    </message>
    <message>
        <source>Technologies</source>
        <translation>Technologien</translation>
    </message>
    <message>
        <source>Recent news</source>
        <translation>Aktuelle Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lead(s)</source>
        <translation>
            <numerusform>%Ln Lead</numerusform>
            <numerusform>%Ln Leads</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit lead…</source>
        <translation>Lead &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete leads…</source>
        <translation>Leads &amp;löschen…</translation>
    </message>
    <message>
        <source>E&amp;xport the lead table…</source>
        <translation>Lead-Tabelle e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the leads the table shows (search and score filter applied) as CSV</source>
        <translation>Die Leads der Tabelle (mit Suche und Bewertungsfilter) als CSV speichern</translation>
    </message>
    <message>
        <source>Export leads</source>
        <translation>Leads exportieren</translation>
    </message>
    <message>
        <source>leads.csv</source>
        <translation>leads.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot edit the lead</source>
        <translation>Der Lead kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Cannot delete the leads</source>
        <translation>Die Leads können nicht gelöscht werden</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n lead(s)?</source>
        <translation>
            <numerusform>%n Lead löschen?</numerusform>
            <numerusform>%n Leads löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in campaigns whose A/B test has not started are deleted with them.</source>
        <translation>
            <numerusform>%n Nachricht in Kampagnen, deren A/B-Test noch nicht begonnen hat, wird mitgelöscht.</numerusform>
            <numerusform>%n Nachrichten in Kampagnen, deren A/B-Test noch nicht begonnen hat, werden mitgelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have messages in a running or finished A/B test: the messages are kept for its results, and these leads are excluded from sending and hidden.</source>
        <translation>
            <numerusform>%n Lead hat Nachrichten in einem laufenden oder beendeten A/B-Test: Die Nachrichten bleiben für dessen Ergebnisse erhalten, der Lead wird vom Versand ausgeschlossen und ausgeblendet.</numerusform>
            <numerusform>%n Leads haben Nachrichten in einem laufenden oder beendeten A/B-Test: Die Nachrichten bleiben für dessen Ergebnisse erhalten, diese Leads werden vom Versand ausgeschlossen und ausgeblendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete leads</source>
        <translation>Leads löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The leads were not deleted</source>
        <translation>Die Leads wurden nicht gelöscht</translation>
    </message>
    <message>
        <source>The leads were not exported</source>
        <translation>Die Leads wurden nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n lead(s) to %1.</source>
        <translation>
            <numerusform>%n Lead nach %1 exportiert.</numerusform>
            <numerusform>%n Leads nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outreach::LinkedInQueuePanel</name>
    <message>
        <source>LinkedIn assisted queue</source>
        <translation>LinkedIn-Warteschlange (von Hand)</translation>
    </message>
    <message>
        <source>&amp;Next lead</source>
        <translation>Näch&amp;ster Lead</translation>
    </message>
    <message>
        <source>C&amp;opy message</source>
        <translation>Nachricht k&amp;opieren</translation>
    </message>
    <message>
        <source>O&amp;pen profile</source>
        <translation>Profil ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Mar&amp;k as sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>Next lead claims the next message; send it on LinkedIn, then mark it as sent.</source>
        <translation>„Nächster Lead“ holt die nächste Nachricht; senden Sie sie auf LinkedIn und markieren Sie sie dann als gesendet.</translation>
    </message>
    <message>
        <source>No lead claimed.</source>
        <translation>Kein Lead geholt.</translation>
    </message>
    <message>
        <source>No lead now (%1); the next one at %2.</source>
        <translation>Jetzt kein Lead (%1); der nächste um %2.</translation>
    </message>
    <message>
        <source>No lead left: %1.</source>
        <translation>Kein Lead mehr: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Message copied. Paste it into the LinkedIn message to %1.</source>
        <translation>Nachricht kopiert. Fügen Sie sie in die LinkedIn-Nachricht an %1 ein.</translation>
    </message>
    <message>
        <source>sent by hand on LinkedIn</source>
        <translation>von Hand auf LinkedIn gesendet</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Recorded as sent.</source>
        <translation>Als gesendet gespeichert.</translation>
    </message>
</context>
<context>
    <name>outreach::MainWindow</name>
    <message>
        <source>Outreach Studio</source>
        <translation>Outreach Studio</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>&amp;Leads</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Generating %v of %m</source>
        <translation>Erzeuge %v von %m</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import leads…</source>
        <translation>Leads &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find lead</source>
        <translation>Lead &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <source>&amp;Generate messages</source>
        <translation>Nachrichten &amp;erzeugen</translation>
    </message>
    <message>
        <source>&amp;Activate A/B test…</source>
        <translation>A/B-Test &amp;aktivieren…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Kampagnen</translation>
    </message>
    <message>
        <source>&amp;Next message</source>
        <translation>&amp;Nächste Nachricht</translation>
    </message>
    <message>
        <source>&amp;Previous message</source>
        <translation>&amp;Vorherige Nachricht</translation>
    </message>
    <message>
        <source>Variant &amp;%1 (%2)</source>
        <translation>Variante &amp;%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Outreach Studio</source>
        <translation>Ü&amp;ber Outreach Studio</translation>
    </message>
    <message>
        <source>Retry the &amp;failed messages</source>
        <translation>&amp;Fehlgeschlagene Nachrichten wiederholen</translation>
    </message>
    <message>
        <source>&amp;Regenerate the selected message</source>
        <translation>Ausgewählte Nachricht &amp;neu erzeugen</translation>
    </message>
    <message>
        <source>&amp;Pause or resume generation</source>
        <translation>Erzeugung &amp;pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Activate the A/B test</source>
        <translation>A/B-Test aktivieren</translation>
    </message>
    <message>
        <source>Each generated message of &quot;%1&quot; gets one of its three variants, chosen at random and balanced across the variants. Pinned variants are kept. Assignments cannot be changed once the test runs.</source>
        <translation>Jede erzeugte Nachricht von „%1“ erhält eine ihrer drei Varianten, zufällig und gleichmäßig verteilt. Festgelegte Varianten bleiben erhalten. Zuteilungen können nach dem Start des Tests nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>The A/B test was not activated</source>
        <translation>Der A/B-Test wurde nicht aktiviert</translation>
    </message>
    <message>
        <source>A/B test active: %1 / %2 / %3 messages per variant (seed %4).</source>
        <translation>A/B-Test aktiv: %1 / %2 / %3 Nachrichten pro Variante (Seed %4).</translation>
    </message>
    <message>
        <source>Provider: %1 / %2</source>
        <translation>Anbieter: %1 / %2</translation>
    </message>
    <message>
        <source>default model</source>
        <translation>Standardmodell</translation>
    </message>
    <message>
        <source>%1 — Outreach Studio</source>
        <translation>%1 — Outreach Studio</translation>
    </message>
    <message>
        <source>Generation is running</source>
        <translation>Erzeugung läuft</translation>
    </message>
    <message>
        <source>Messages are still being generated. Stop the run and close? Messages already written are kept; the rest can be generated later.</source>
        <translation>Es werden noch Nachrichten erzeugt. Lauf beenden und schließen? Bereits geschriebene Nachrichten bleiben erhalten; der Rest kann später erzeugt werden.</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Beenden und schließen</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Achtung: %1</translation>
    </message>
    <message>
        <source>Activate anyway</source>
        <translation>Trotzdem aktivieren</translation>
    </message>
    <message>
        <source>&amp;Sending</source>
        <translation>&amp;Versand</translation>
    </message>
    <message>
        <source>&amp;Replies</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <source>Sending is scheduled</source>
        <translation>Versand ist geplant</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) are still scheduled. Sending continues only while Outreach Studio (or outreach send) runs: after closing, they wait until you start sending again.</source>
        <translation>
            <numerusform>%n Nachricht ist noch geplant. Der Versand läuft nur, solange Outreach Studio (oder outreach send) läuft: Nach dem Schließen wartet sie, bis Sie den Versand wieder starten.</numerusform>
            <numerusform>%n Nachrichten sind noch geplant. Der Versand läuft nur, solange Outreach Studio (oder outreach send) läuft: Nach dem Schließen warten sie, bis Sie den Versand wieder starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Trotzdem schließen</translation>
    </message>
    <message>
        <source>Keep sending</source>
        <translation>Weiter senden</translation>
    </message>
    <message>
        <source>S&amp;ync inbox now</source>
        <translation>Posteingang jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>Read replies, bounces and opt-outs from every mailbox with IMAP settings</source>
        <translation>Antworten, Unzustellbarkeitsmeldungen und Abmeldungen aus jedem Postfach mit IMAP-Einstellungen lesen</translation>
    </message>
    <message>
        <source>Inbox sync is already running.</source>
        <translation>Der Posteingang wird bereits abgerufen.</translation>
    </message>
    <message>
        <source>SMS statuses: %1</source>
        <translation>SMS-Status: %1</translation>
    </message>
</context>
<context>
    <name>outreach::MessageListModel</name>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source> (pinned)</source>
        <translation> (festgelegt)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>A/B variant</source>
        <translation>A/B-Variante</translation>
    </message>
    <message>
        <source>Message %1 has no variant %2.</source>
        <translation>Nachricht %1 hat keine Variante %2.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
</context>
<context>
    <name>outreach::MessagesPane</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Write the three variants for every qualifying lead (Ctrl+G)</source>
        <translation>Die drei Varianten für jeden qualifizierten Lead schreiben (Strg+G)</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Als &amp;gesendet markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;delivered</source>
        <translation>Als &amp;zugestellt markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;opened</source>
        <translation>Als &amp;geöffnet markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;clicked</source>
        <translation>Als ange&amp;klickt markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;replied</source>
        <translation>Als &amp;beantwortet markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;bounced</source>
        <translation>Als &amp;unzustellbar markieren</translation>
    </message>
    <message>
        <source>Mark as &amp;unsubscribed</source>
        <translation>Als abgemel&amp;det markieren</translation>
    </message>
    <message>
        <source>&amp;Record event</source>
        <translation>Ereignis e&amp;rfassen</translation>
    </message>
    <message>
        <source>Record what happened to the selected message: sent, opened, replied, ...</source>
        <translation>Erfassen, was mit der ausgewählten Nachricht geschah: gesendet, geöffnet, beantwortet, …</translation>
    </message>
    <message>
        <source>The event was not recorded</source>
        <translation>Das Ereignis wurde nicht erfasst</translation>
    </message>
    <message>
        <source>&amp;Approve and go to next</source>
        <translation>&amp;Freigeben und weiter</translation>
    </message>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation>Freigabe &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>The message was not approved</source>
        <translation>Die Nachricht wurde nicht freigegeben</translation>
    </message>
    <message>
        <source>The approval was not withdrawn</source>
        <translation>Die Freigabe wurde nicht zurückgenommen</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Alle Markierungen</translation>
    </message>
    <message>
        <source>Over limit</source>
        <translation>Über dem Limit</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>Search lead, company, text…</source>
        <translation>Lead, Firma, Text suchen…</translation>
    </message>
    <message>
        <source>Mark the selected messages as reviewed and approved; with one selected, show the next one</source>
        <translation>Die ausgewählten Nachrichten als geprüft und freigegeben markieren; bei einer einzelnen danach die nächste zeigen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Generate this message again</source>
        <translation>Diese Nachricht neu generieren</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n message(s).</source>
        <translation>
            <numerusform>%n Nachricht freigegeben.</numerusform>
            <numerusform>%n Nachrichten freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdrew the approval of %n message(s).</source>
        <translation>
            <numerusform>Freigabe von %n Nachricht zurückgezogen.</numerusform>
            <numerusform>Freigabe von %n Nachrichten zurückgezogen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The generation of this message failed.</source>
        <translation>Die Generierung dieser Nachricht ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The generation of this message failed: %1</source>
        <translation>Die Generierung dieser Nachricht ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No events recorded.</source>
        <translation>Keine Ereignisse erfasst.</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
</context>
<context>
    <name>outreach::ProviderSettingsPage</name>
    <message>
        <source> requests</source>
        <comment>concurrent requests at once</comment>
        <translation> Anfragen</translation>
    </message>
    <message>
        <source> attempts</source>
        <comment>tries per lead, first try included</comment>
        <translation> Versuche</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>No limit</source>
        <comment>budget</comment>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Concurrent requests:</source>
        <translation>&amp;Gleichzeitige Anfragen:</translation>
    </message>
    <message>
        <source>&amp;Attempts per lead:</source>
        <translation>&amp;Versuche pro Lead:</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit pro Anfrage:</translation>
    </message>
    <message>
        <source>Default &amp;budget per run:</source>
        <translation>Standard-&amp;Budget pro Lauf:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste a new key to store it</source>
        <translation>Neuen Schlüssel einfügen, um ihn zu speichern</translation>
    </message>
    <message>
        <source>&amp;Store key</source>
        <translation>Schlüssel &amp;speichern</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the stored key from the system keychain</source>
        <translation>Den gespeicherten Schlüssel aus dem Schlüsselbund des Systems entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ask the endpoint for its model list with the values above</source>
        <translation>Den Endpunkt mit den obigen Werten nach seiner Modellliste fragen</translation>
    </message>
    <message>
        <source>Outreach Studio never stores keys in plain text. Without a keychain, start the app with the key in the environment variable CEREBRAS_API_KEY (Cerebras) or OUTREACH_API_KEY (any provider).</source>
        <translation>Outreach Studio speichert Schlüssel nie im Klartext. Ohne Schlüsselbund starten Sie die App mit dem Schlüssel in der Umgebungsvariable CEREBRAS_API_KEY (Cerebras) oder OUTREACH_API_KEY (jeder Anbieter).</translation>
    </message>
    <message>
        <source>The offline provider needs no key.</source>
        <translation>Der Offline-Anbieter braucht keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The environment variable %1 is set and is used instead of the keychain.</source>
        <translation>Die Umgebungsvariable %1 ist gesetzt und wird statt des Schlüsselbunds verwendet.</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Prüfe den Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <source>A key is stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems ist ein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>No key is stored for this provider.</source>
        <translation>Für diesen Anbieter ist kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The offline provider needs no connection.</source>
        <translation>Der Offline-Anbieter braucht keine Verbindung.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: %n model(s) available.</source>
        <translation>
            <numerusform>Verbunden mit %1: %n Modell verfügbar.</numerusform>
            <numerusform>Verbunden mit %1: %n Modelle verfügbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>outreach::RepliesPane</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Found by inbox sync (outreach sync) in your mailboxes; your mail is never changed.</source>
        <translation>Vom Posteingangsabgleich (outreach sync) in Ihren Postfächern gefunden; Ihre Mails werden nie verändert.</translation>
    </message>
    <message>
        <source>From: %1
Received: %2
Subject: %3</source>
        <translation>Von: %1
Empfangen: %2
Betreff: %3</translation>
    </message>
    <message>
        <source>Back on: %1</source>
        <translation>Zurück am: %1</translation>
    </message>
    <message>
        <source>Status: %1 %2</source>
        <translation>Status: %1 %2</translation>
    </message>
    <message>
        <source>This campaign</source>
        <translation>Diese Kampagne</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Count the selected mail as an automatic answer, not as a reply</source>
        <translation>Die ausgewählte Mail als automatische Antwort zählen, nicht als Antwort</translation>
    </message>
    <message>
        <source>Is a reply</source>
        <translation>Ist eine Antwort</translation>
    </message>
    <message>
        <source>Count the selected mail as a reply</source>
        <translation>Die ausgewählte Mail als Antwort zählen</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Kampagne: %1</translation>
    </message>
    <message>
        <source>Corrected by hand (%1, %2): was %3</source>
        <translation>Von Hand korrigiert (%1, %2): vorher %3</translation>
    </message>
    <message>
        <source>Marked as %1 (was %2); the analytics count it that way now.</source>
        <translation>Als %1 markiert (vorher %2); die Auswertung zählt es jetzt so.</translation>
    </message>
    <message>
        <source>%1 stays on the suppression list; if you are sure, lift that with &quot;outreach suppressions remove %1&quot;.</source>
        <translation>%1 bleibt auf der Sperrliste; wenn Sie sicher sind, heben Sie das mit „outreach suppressions remove %1“ auf.</translation>
    </message>
</context>
<context>
    <name>outreach::SendRunner</name>
    <message>
        <source>Every sender of this campaign is paused: %1</source>
        <translation>Alle Absender dieser Kampagne sind pausiert: %1</translation>
    </message>
</context>
<context>
    <name>outreach::SenderDialog</name>
    <message>
        <source>Edit mailbox</source>
        <translation>Postfach bearbeiten</translation>
    </message>
    <message>
        <source>Add mailbox</source>
        <translation>Postfach hinzufügen</translation>
    </message>
    <message>
        <source>Edit LinkedIn account</source>
        <translation>LinkedIn-Konto bearbeiten</translation>
    </message>
    <message>
        <source>Add LinkedIn account</source>
        <translation>LinkedIn-Konto hinzufügen</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>LinkedIn account</source>
        <translation>LinkedIn-Konto</translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation>Ada Lovelace</translation>
    </message>
    <message>
        <source>ada@example.com</source>
        <translation>ada@example.com</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/…</source>
        <translation>https://www.linkedin.com/in/…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Ausgehende Mail (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>usually the address</source>
        <translation>meist die Adresse</translation>
    </message>
    <message>
        <source>Password or app password</source>
        <translation>Passwort oder App-Passwort</translation>
    </message>
    <message>
        <source>OAuth2 token (XOAUTH2)</source>
        <translation>OAuth2-Token (XOAUTH2)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>Anmelde&amp;verfahren:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Incoming mail (IMAP, for replies)</source>
        <translation>Eingehende Mail (IMAP, für Antworten)</translation>
    </message>
    <message>
        <source>empty: no inbox sync</source>
        <translation>leer: kein Posteingangsabgleich</translation>
    </message>
    <message>
        <source>empty: the SMTP login</source>
        <translation>leer: der SMTP-Login</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Sicherhei&amp;t:</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Lo&amp;gin:</translation>
    </message>
    <message>
        <source>&amp;Folders:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>Sen&amp;t folder:</source>
        <translation>Gesen&amp;det-Ordner:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source> a day</source>
        <translation> am Tag</translation>
    </message>
    <message>
        <source>no ramp-up</source>
        <translation>kein Anlauf</translation>
    </message>
    <message>
        <source> more a day</source>
        <translation> mehr pro Tag</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Daily &amp;cap:</source>
        <translation>Tages&amp;limit:</translation>
    </message>
    <message>
        <source>Ra&amp;mp-up:</source>
        <translation>&amp;Anlauf:</translation>
    </message>
    <message>
        <source>&amp;Gap between sends:</source>
        <translation>&amp;Pause zwischen Sendungen:</translation>
    </message>
    <message>
        <source>Send &amp;window:</source>
        <translation>Sende&amp;fenster:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>empty: keep the stored one</source>
        <translation>leer: gespeichertes behalten</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>liegt im Systemschlüsselbund</translation>
    </message>
    <message>
        <source>Name: give the name recipients see.</source>
        <translation>Name: Geben Sie den Namen an, den Empfänger sehen.</translation>
    </message>
    <message>
        <source>From address: &quot;%1&quot; is not an email address.</source>
        <translation>Absenderadresse: „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>SMTP server: give the host name of your provider&apos;s outgoing server.</source>
        <translation>SMTP-Server: Geben Sie den Hostnamen des Postausgangsservers Ihres Anbieters an.</translation>
    </message>
    <message>
        <source>Profile: &quot;%1&quot; is not a profile address (https://…).</source>
        <translation>Profil: „%1“ ist keine Profiladresse (https://…).</translation>
    </message>
    <message>
        <source>Gap between sends: the shortest (%1 s) is longer than the longest (%2 s).</source>
        <translation>Pause zwischen Sendungen: Die kürzeste (%1 s) ist länger als die längste (%2 s).</translation>
    </message>
    <message>
        <source>Send window: %1</source>
        <translation>Sendefenster: %1</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known zone (e.g. Europe/Berlin).</source>
        <translation>Zeitzone: „%1“ ist keine bekannte Zone (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>Edit phone number</source>
        <translation>Telefonnummer bearbeiten</translation>
    </message>
    <message>
        <source>Add phone number</source>
        <translation>Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>+4915112345678 (empty with a Messaging Service)</source>
        <translation>+4915112345678 (leer bei einem Messaging Service)</translation>
    </message>
    <message>
        <source>&amp;From number:</source>
        <translation>Absende&amp;rnummer:</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>MG…, instead of a From number</source>
        <translation>MG…, statt einer Absendernummer</translation>
    </message>
    <message>
        <source> messages a second</source>
        <translation> Nachrichten pro Sekunde</translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation>&amp;Konto-SID:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Auth &amp;token:</source>
        <translation>Auth-T&amp;oken:</translation>
    </message>
    <message>
        <source>Messaging &amp;Service SID:</source>
        <translation>Messaging-&amp;Service-SID:</translation>
    </message>
</context>
<context>
    <name>outreach::SendersPage</name>
    <message>
        <source>Campaigns send through your own mailboxes, phone numbers and LinkedIn accounts. Passwords and tokens are kept in the system keychain.</source>
        <translation>Kampagnen senden über Ihre eigenen Postfächer, Telefonnummern und LinkedIn-Konten. Passwörter und Tokens liegen im Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>Tageslimit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Add &amp;mailbox…</source>
        <translation>&amp;Postfach hinzufügen…</translation>
    </message>
    <message>
        <source>Add Lin&amp;kedIn account…</source>
        <translation>Lin&amp;kedIn-Konto hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect, start TLS and log in; nothing is sent</source>
        <translation>Verbinden, TLS starten und anmelden; nichts wird gesendet</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>pausiert: %1</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1, but no keychain is available for its password: set %2 for headless use.</source>
        <translation>%1 gespeichert, aber für das Passwort ist kein Schlüsselbund verfügbar: Setzen Sie %2 für den Betrieb ohne Oberfläche.</translation>
    </message>
    <message>
        <source>Saved %1; its password is in the system keychain.</source>
        <translation>%1 gespeichert; das Passwort liegt im Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>Saved %1, but its password was not stored: %2</source>
        <translation>%1 gespeichert, aber das Passwort wurde nicht abgelegt: %2</translation>
    </message>
    <message>
        <source>Remove sender</source>
        <translation>Absender entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”? Campaigns stop sending through it; what it sent stays recorded.</source>
        <translation>„%1“ entfernen? Kampagnen senden nicht mehr darüber; was bereits gesendet wurde, bleibt gespeichert.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2…</source>
        <translation>Verbinde mit %1:%2…</translation>
    </message>
    <message>
        <source>Add &amp;phone number…</source>
        <translation>Tele&amp;fonnummer hinzufügen…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
</context>
<context>
    <name>outreach::SendingPane</name>
    <message>
        <source>Start sending</source>
        <translation>Versand starten</translation>
    </message>
    <message>
        <source>%v of %m sent</source>
        <translation>%v von %m gesendet</translation>
    </message>
    <message>
        <source>Messages go out only while Outreach Studio (or “outreach send”) runs, one at a time, inside the send windows and caps.</source>
        <translation>Nachrichten gehen nur hinaus, solange Outreach Studio (oder „outreach send“) läuft, eine nach der anderen, innerhalb der Sendefenster und Limits.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startet…</translation>
    </message>
    <message>
        <source>Waiting until %1: %2</source>
        <translation>Warten bis %1: %2</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>Versand angehalten: %1</translation>
    </message>
    <message>
        <source>Test sent: %1</source>
        <translation>Test gesendet: %1</translation>
    </message>
    <message>
        <source>Test not sent: %1</source>
        <translation>Test nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Send settings saved; held messages are checked again at the next send.</source>
        <translation>Versandeinstellungen gespeichert; zurückgehaltene Nachrichten werden beim nächsten Versand erneut geprüft.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>In doubt: may or may not have gone out</source>
        <translation>Unklar: vielleicht gesendet, vielleicht nicht</translation>
    </message>
    <message>
        <source>Sending stopped between handing the message over and the server&apos;s answer. Look in your Sent folder, then decide; nothing is resent by itself.</source>
        <translation>Der Versand brach zwischen der Übergabe der Nachricht und der Antwort des Servers ab. Sehen Sie in Ihrem Gesendet-Ordner nach und entscheiden Sie dann; nichts wird von selbst erneut gesendet.</translation>
    </message>
    <message>
        <source>Mar&amp;k as sent</source>
        <translation>Als gesendet &amp;markieren</translation>
    </message>
    <message>
        <source>Sen&amp;d again</source>
        <translation>Erneu&amp;t senden</translation>
    </message>
    <message>
        <source>Queue it again with the same Message-ID, so a mail client that gets both copies shows one</source>
        <translation>Erneut einreihen, mit derselben Message-ID, damit ein Mailprogramm, das beide Kopien erhält, nur eine zeigt</translation>
    </message>
    <message>
        <source>your own address</source>
        <translation>Ihre eigene Adresse</translation>
    </message>
    <message>
        <source>Send a test to &amp;me</source>
        <translation>Test an mi&amp;ch senden</translation>
    </message>
    <message>
        <source>One message of this campaign to your own address, through its first sender; not queued and not counted</source>
        <translation>Eine Nachricht dieser Kampagne an Ihre eigene Adresse, über ihren ersten Absender; nicht eingereiht und nicht gezählt</translation>
    </message>
    <message>
        <source>Only an active campaign sends: activate its A/B test first.</source>
        <translation>Nur eine aktive Kampagne sendet: Aktivieren Sie zuerst ihren A/B-Test.</translation>
    </message>
    <message>
        <source>Nothing queued yet: Start sending puts the campaign&apos;s messages in the queue.</source>
        <translation>Noch nichts eingereiht: „Versand starten“ stellt die Nachrichten der Kampagne in die Warteschlange.</translation>
    </message>
    <message>
        <source>%1 sent · %2 queued · %3 held · %4 suppressed · %5 failed · %6 in doubt</source>
        <translation>%1 gesendet · %2 wartend · %3 zurückgehalten · %4 gesperrt · %5 fehlgeschlagen · %6 unklar</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <source>Pa&amp;use sending</source>
        <translation>Versand pa&amp;usieren</translation>
    </message>
    <message>
        <source>Res&amp;ume sending</source>
        <translation>Versand &amp;fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;tart sending</source>
        <translation>Versand &amp;starten</translation>
    </message>
    <message>
        <source>The app is sending another campaign; pause it there first.</source>
        <translation>Die App sendet gerade eine andere Kampagne; pausieren Sie sie zuerst dort.</translation>
    </message>
    <message>
        <source>Only an active campaign sends.</source>
        <translation>Nur eine aktive Kampagne sendet.</translation>
    </message>
    <message>
        <source>Sending was not paused or resumed</source>
        <translation>Der Versand wurde nicht pausiert oder fortgesetzt</translation>
    </message>
    <message>
        <source>Paused: no message of this campaign goes out until you resume.</source>
        <translation>Pausiert: Keine Nachricht dieser Kampagne geht hinaus, bis Sie fortsetzen.</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Gesendet an %1</translation>
    </message>
    <message>
        <source>Nothing more to send now: %1</source>
        <translation>Jetzt nichts mehr zu senden: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>The message in doubt was not changed</source>
        <translation>Die unklare Nachricht wurde nicht geändert</translation>
    </message>
    <message>
        <source>Recorded as sent: %1</source>
        <translation>Als gesendet gespeichert: %1</translation>
    </message>
    <message>
        <source>Queued again with the same Message-ID: %1</source>
        <translation>Mit derselben Message-ID erneut eingereiht: %1</translation>
    </message>
    <message>
        <source>Tick a mailbox above first: the test goes out through it.</source>
        <translation>Kreuzen Sie oben zuerst ein Postfach an: Der Test geht darüber hinaus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Sending a test to %1…</source>
        <translation>Sende einen Test an %1…</translation>
    </message>
</context>
<context>
    <name>outreach::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Erzeugung</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
</context>
<context>
    <name>outreach::VariantEditor</name>
    <message>
        <source>Saved the %1 variant.</source>
        <translation>Variante %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the variant</source>
        <translation>Die Variante konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Someone else changed this variant</source>
        <translation>Jemand anderes hat diese Variante geändert</translation>
    </message>
    <message>
        <source>%1

Keep their text, or save yours over it?</source>
        <translation>%1

Deren Text behalten oder Ihren darüber speichern?</translation>
    </message>
    <message>
        <source>Reload theirs</source>
        <translation>Deren Text laden</translation>
    </message>
    <message>
        <source>Overwrite with mine</source>
        <translation>Mit meinem überschreiben</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Copied the %1 variant.</source>
        <translation>Variante %1 kopiert.</translation>
    </message>
    <message>
        <source>Could not pin the variant</source>
        <translation>Die Variante konnte nicht festgelegt werden</translation>
    </message>
    <message>
        <source>This lead gets the %1 variant in the A/B test.</source>
        <translation>Dieser Lead erhält im A/B-Test die Variante %1.</translation>
    </message>
</context>
<context>
    <name>outreach::VariantPanel</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this variant to the clipboard</source>
        <translation>Diese Variante in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Send this variant to this lead in the A/B test</source>
        <translation>Diese Variante im A/B-Test an diesen Lead senden</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu erzeugen</translation>
    </message>
    <message>
        <source>Write this variant again, keeping the other two</source>
        <translation>Diese Variante neu schreiben, die anderen beiden bleiben</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 chars</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>1 segment</source>
        <translation>1 Segment</translation>
    </message>
    <message>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>UCS-2</source>
        <translation>UCS-2</translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
</context>
<context>
    <name>outreach::Workspace</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not add the demo data</source>
        <translation>Die Demodaten konnten nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>The database was not switched while messages are being generated: cancel the run first, then choose the database again.</source>
        <translation>Die Datenbank wurde nicht gewechselt, weil gerade Nachrichten erzeugt werden: Brechen Sie den Lauf zuerst ab und wählen Sie die Datenbank dann erneut.</translation>
    </message>
</context>
<context>
    <name>outreach::charts::FunnelChartView</name>
    <message>
        <source>Sent</source>
        <comment>funnel stage</comment>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>funnel stage</comment>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>funnel stage</comment>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Clicked</source>
        <comment>funnel stage</comment>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Replied</source>
        <comment>funnel stage</comment>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Funnel per variant (messages)</source>
        <translation>Trichter pro Variante (Nachrichten)</translation>
    </message>
</context>
<context>
    <name>outreach::charts::RateChartView</name>
    <message>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Antwortrate</translation>
    </message>
    <message>
        <source>%1 (winner)</source>
        <comment>variant tone, e.g. Direct (winner)</comment>
        <translation>%1 (Gewinner)</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Rates per variant, with 95 % interval</source>
        <translation>Raten pro Variante, mit 95-%-Intervall</translation>
    </message>
</context>
<context>
    <name>outreach::charts::ResultTable</name>
    <message>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1–%2 %</source>
        <comment>95 % interval of a rate, in percent</comment>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>  95 % interval</source>
        <translation>  95-%-Intervall</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugeteilt</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>Reply rate</source>
        <translation>Antwortrate</translation>
    </message>
    <message>
        <source>P(best), %1</source>
        <translation>P(beste), %1</translation>
    </message>
    <message>
        <source>Adjusted p vs best</source>
        <translation>Korrigiertes p ggü. beste</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <comment>winning variant</comment>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>best</source>
        <comment>this variant is the best one, no p-value</comment>
        <translation>beste</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>&lt; 0.001</source>
        <translation>&lt; 0,001</translation>
    </message>
    <message>
        <source>Auto-replied</source>
        <translation>Automatisch beantwortet</translation>
    </message>
</context>
</TS>
