<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>Backpack</name>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="17" />
        <source>✔ Verified</source>
        <translation>✔ Verificado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="18" />
        <source>⚠ Issuer not in your trust list</source>
        <translation>⚠ Emisor fuera de su lista de confianza</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="19" />
        <source>✖ Expired</source>
        <translation>✖ Caducado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="20" />
        <source>✖ Not valid yet</source>
        <translation>✖ Aún no es válido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="21" />
        <source>✖ Revoked</source>
        <translation>✖ Revocado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="22" />
        <source>✖ Invalid signature</source>
        <translation>✖ Firma no válida</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="23" />
        <source>✖ Unreadable</source>
        <translation>✖ Ilegible</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="24" />
        <source>? Not checkable offline</source>
        <translation>? No se puede comprobar sin conexión</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="27" />
        <source>From school, unsigned</source>
        <translation>De la escuela, sin firma</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="27" />
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="28" />
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="29" />
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="30" />
        <source>Grade</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="31" />
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="32" />
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="41" />
        <source>too short</source>
        <translation>demasiado corta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="43" />
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="44" />
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="45" />
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="49" />
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="34" />
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="35" />
        <source>Official records</source>
        <translation>Expediente oficial</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="36" />
        <source>Learner profile</source>
        <translation>Perfil del estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="37" />
        <source>Shares</source>
        <translation>Compartidos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="38" />
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="39" />
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="16" />
        <source>Courses and transcript</source>
        <translation>Cursos y expediente académico</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="17" />
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="18" />
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="19" />
        <source>Standards-based gradebook</source>
        <translation>Calificaciones por estándares</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="20" />
        <source>Awards and badges</source>
        <translation>Premios e insignias</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="21" />
        <source>Credentials and licences</source>
        <translation>Títulos y licencias</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="22" />
        <source>Teacher narratives</source>
        <translation>Informes del profesorado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="23" />
        <source>Supplementary supports (IEP/504)</source>
        <translation>Apoyos adicionales (IEP/504)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="24" />
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="25" />
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="26" />
        <source>Demographics</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="27" />
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="28" />
        <source>Portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="29" />
        <source>Community service</source>
        <translation>Servicio comunitario</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="30" />
        <source>Activities and clubs</source>
        <translation>Actividades y clubes</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="31" />
        <source>Employment and internships</source>
        <translation>Empleo y prácticas</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="32" />
        <source>Research and study abroad</source>
        <translation>Investigación y estudios en el extranjero</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="33" />
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="34" />
        <source>College and career readiness</source>
        <translation>Preparación para la universidad y la carrera</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="35" />
        <source>Strengths, interests, learning preferences</source>
        <translation>Fortalezas, intereses y preferencias de aprendizaje</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="36" />
        <source>Self-management and character</source>
        <translation>Autogestión y carácter</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="39" />
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="40" />
        <source>Verified, but the issuer is not in your trust list</source>
        <translation>Verificado, pero el emisor no está en su lista de confianza</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="43" />
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="44" />
        <source>Not valid yet</source>
        <translation>Aún no es válido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="45" />
        <source>Revoked by the issuer</source>
        <translation>Revocado por el emisor</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="46" />
        <source>Tampered or invalid signature</source>
        <translation>Alterado o firma no válida</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="47" />
        <source>Not a readable credential</source>
        <translation>No es una credencial legible</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="48" />
        <source>Cannot be checked offline</source>
        <translation>No se puede comprobar sin conexión</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="46" />
        <source>Verification checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="49" />
        <source>The credential as the school signed it</source>
        <translation>La credencial tal como la firmó la escuela</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="52" />
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="54" />
        <source>As signed (read-only)</source>
        <translation>Tal como se firmó (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="61" />
        <source>&lt;i&gt;Choose a record to see how it was checked.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elija un registro para ver cómo se comprobó.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="103" />
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="107" />
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="108" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="126" />
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="131" />
        <source>Progress notes</source>
        <translation>Notas de progreso</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="129" />
        <source>Add a progress note (dated today)</source>
        <translation>Añadir una nota de progreso (con la fecha de hoy)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="130" />
        <source>New progress note</source>
        <translation>Nueva nota de progreso</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="139" />
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="141" />
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="143" />
        <source>Files (kept encrypted)</source>
        <translation>Archivos (guardados cifrados)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="171" />
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="171" />
        <source>This entry has changes that are not saved.</source>
        <translation>Esta entrada tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="228" />
        <source>Give the entry a title.</source>
        <translation>Dé un título a la entrada.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="64" />
        <source>&lt;h1&gt;Welcome to Backpack&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a Backpack&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="67" />
        <source>Backpack keeps a learner's record encrypted on this computer. Choose a passphrase only you know: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Backpack guarda el expediente del estudiante cifrado en este ordenador. Elija una frase de contraseña que solo usted conozca: unas cuantas palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="78" />
        <source>First learner's name</source>
        <translation>Nombre del primer estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="81" />
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="84" />
        <location filename="../../backpack_app/ui/views/first_run.py" line="92" />
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="88" />
        <source>Passphrase strength</source>
        <translation>Fuerza de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="89" />
        <source>Learner's name</source>
        <translation>Nombre del estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="90" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="91" />
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="99" />
        <source>Create backpack</source>
        <translation>Crear mochila</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="101" />
        <source>Open an existing backpack folder…</source>
        <translation>Abrir la carpeta de una mochila existente…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="102" />
        <source>Try a demo backpack</source>
        <translation>Probar una mochila de demostración</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="110" />
        <source>Restore a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="126" />
        <source>type a passphrase</source>
        <translation>escriba una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="132" />
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Elija una frase de contraseña de al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="137" />
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="145" />
        <source>Type the learner's name.</source>
        <translation>Escriba el nombre del estudiante.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="49" />
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="61" />
        <source>Import results</source>
        <translation>Resultados de la importación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="81" />
        <source>Trust the issuer…</source>
        <translation>Confiar en el emisor…</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="105" />
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="109" />
        <source>Search records (Ctrl+F)</source>
        <translation>Buscar registros (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="110" />
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="112" />
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="114" />
        <source>Import records your school gave you (Ctrl+O), or drop files here</source>
        <translation>Importe los registros que le dio su escuela (Ctrl+O), o suelte aquí los archivos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="117" />
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="118" />
        <source>Share chosen records with someone (Ctrl+S)</source>
        <translation>Compartir registros elegidos con alguien (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="120" />
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="121" />
        <source>Lock the backpack (Ctrl+L)</source>
        <translation>Bloquear la mochila (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="124" />
        <source>Learner:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="132" />
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="160" />
        <source>Records schools signed, checked when they were imported.</source>
        <translation>Registros firmados por las escuelas, comprobados al importarlos.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="165" />
        <source>Written by the learner or family: always labelled self-reported.</source>
        <translation>Escrito por el estudiante o la familia: siempre marcado como declarado por uno mismo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="168" />
        <source>Every share you made, and until when it opens.</source>
        <translation>Todo lo que ha compartido, y hasta cuándo se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="171" />
        <source>Shares others sent you: open one to check every record in it.</source>
        <translation>Lo que otros le han compartido: ábralo para comprobar cada registro.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="204" />
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="210" />
        <source>{name} is 18: the record is theirs to control now. Hand it over…</source>
        <translation>{name} tiene 18 años: ahora decide sobre su expediente. Traspasarlo…</translation>
    </message>
</context>
<context>
    <name>OfficialRecordsView</name>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="158" />
        <source>Official records</source>
        <translation>Expediente oficial</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="55" />
        <source>Has a date</source>
        <translation>Tiene fecha</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="37" />
        <source>Add ▾</source>
        <translation>Añadir ▾</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="38" />
        <source>Add an entry</source>
        <translation>Añadir una entrada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="47" />
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="48" />
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="63" />
        <source>Preview of the entry's file</source>
        <translation>Vista previa del archivo de la entrada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="73" />
        <source>{kind} · self-reported</source>
        <translation>{kind} · declarado por el estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="98" />
        <source>File: {name} (no preview)</source>
        <translation>Archivo: {name} (sin vista previa)</translation>
    </message>
</context>
<context>
    <name>ReceivedView</name>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="40" />
        <source>Open a share…</source>
        <translation>Abrir algo compartido…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="51" />
        <source>Remember this key for the learner</source>
        <translation>Recordar esta clave para el estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="59" />
        <source>Records in the share</source>
        <translation>Registros compartidos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="109" />
        <source>Self-reported by the learner</source>
        <translation>Declarado por el estudiante</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="40" />
        <source> minutes idle</source>
        <translation> minutos sin actividad</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="41" />
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="42" />
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos sin actividad</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="45" />
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="47" />
        <source>Lock the backpack after</source>
        <translation>Bloquear la mochila tras</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="49" />
        <location filename="../../backpack_app/ui/views/settings_view.py" line="56" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="58" />
        <source>Export my card…</source>
        <translation>Exportar mi tarjeta…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="61" />
        <source>To receive shares</source>
        <translation>Para recibir lo que le compartan</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="62" />
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="64" />
        <source>Save an encrypted backup…</source>
        <translation>Guardar una copia de seguridad cifrada…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="66" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="69" />
        <location filename="../../backpack_app/ui/views/settings_view.py" line="79" />
        <source>Key stretching</source>
        <translation>Refuerzo de la clave</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="70" />
        <source>Standard (about ¾ s to unlock)</source>
        <translation>Normal (unos ¾ s para desbloquear)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="71" />
        <source>Strong (about 2 s to unlock)</source>
        <translation>Fuerte (unos 2 s para desbloquear)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="72" />
        <source>Strongest (about 4 s to unlock)</source>
        <translation>Máximo (unos 4 s para desbloquear)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="73" />
        <source>Apply…</source>
        <translation>Aplicar…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="80" />
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="83" />
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="86" />
        <source>&lt;b&gt;Issuers you trust&lt;/b&gt; (add them from an import's results)</source>
        <translation>&lt;b&gt;Emisores de confianza&lt;/b&gt; (añádalos desde los resultados de una importación)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="89" />
        <source>Stop trusting the selected issuer</source>
        <translation>Dejar de confiar en el emisor seleccionado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="92" />
        <source>&lt;b&gt;Contacts&lt;/b&gt; (people you share with, by their card)</source>
        <translation>&lt;b&gt;Contactos&lt;/b&gt; (personas con quienes comparte, por su tarjeta)</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="58" />
        <source>Share records</source>
        <translation>Compartir registros</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="60" />
        <source>&lt;b&gt;1. Choose records&lt;/b&gt; (restricted ones are marked ⚠)</source>
        <translation>&lt;b&gt;1. Elija los registros&lt;/b&gt; (los restringidos llevan ⚠)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="63" />
        <source>Records to share</source>
        <translation>Registros que compartir</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="90" />
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="95" />
        <source>e.g. Tutoring in chemistry</source>
        <translation>p. ej., clases de química</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="96" />
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="104" />
        <source>Open until</source>
        <translation>Se puede abrir hasta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="105" />
        <source>Also a QR code (PNG)</source>
        <translation>También un código QR (PNG)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="106" />
        <source>Also a printable PDF (not encrypted unless restricted)</source>
        <translation>También un PDF para imprimir (sin cifrar salvo si hay registros restringidos)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="107" />
        <source>2. Share with</source>
        <translation>2. Compartir con</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="108" />
        <source>3. Purpose</source>
        <translation>3. Propósito</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="109" />
        <source>Opens until</source>
        <translation>Se puede abrir hasta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="110" />
        <source>4. Outputs</source>
        <translation>4. Resultados</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="118" />
        <source>The share that was made</source>
        <translation>Lo compartido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="120" />
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="124" />
        <source>Save share…</source>
        <translation>Guardar lo compartido…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="140" />
        <source>Choose at least one record.</source>
        <translation>Elija al menos un registro.</translation>
    </message>
</context>
<context>
    <name>SharesView</name>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="24" />
        <source>Mark revoked</source>
        <translation>Marcar como revocado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="33" />
        <source>Revoking cannot reach a copy someone already has; it expires.</source>
        <translation>Revocar no alcanza una copia que alguien ya tiene; caduca sola.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="38" />
        <location filename="../../backpack_app/ui/views/unlock.py" line="39" />
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="40" />
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="49" />
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation>¿Olvidó la frase de contraseña? Use la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="58" />
        <location filename="../../backpack_app/ui/views/unlock.py" line="63" />
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="61" />
        <location filename="../../backpack_app/ui/views/unlock.py" line="64" />
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="62" />
        <source>Open and set the new passphrase</source>
        <translation>Abrir y poner la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="79" />
        <source>Unlock the backpack in {folder}.</source>
        <translation>Desbloquee la mochila en {folder}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="90" />
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="102" />
        <source>Type the recovery key you wrote down.</source>
        <translation>Escriba la clave de recuperación que anotó.</translation>
    </message>
</context>
</TS>