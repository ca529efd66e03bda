<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Backpack</name>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="18"/>
        <source>✔ Verified</source>
        <translation>✔ Verificado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="19"/>
        <source>⚠ Issuer not in your trust list</source>
        <translation>⚠ Emisor fuera de su lista de confianza</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="20"/>
        <source>✖ Expired</source>
        <translation>✖ Caducado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="21"/>
        <source>✖ Not valid yet</source>
        <translation>✖ Aún no es válido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="22"/>
        <source>✖ Revoked</source>
        <translation>✖ Revocado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="23"/>
        <source>✖ Invalid signature</source>
        <translation>✖ Firma no válida</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="24"/>
        <source>✖ Unreadable</source>
        <translation>✖ Ilegible</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="25"/>
        <source>? Not checkable offline</source>
        <translation>? No se puede comprobar sin conexión</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official.py" line="28"/>
        <source>From school, unsigned</source>
        <translation>De la escuela, sin firma</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="34"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="35"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="36"/>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="37"/>
        <source>Term</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="38"/>
        <source>Grade</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="39"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="40"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="212"/>
        <source>Verification: {pill}</source>
        <translation>Verificación: {pill}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/official_tree.py" line="226"/>
        <source>Standard: {name}</source>
        <translation>Estándar: {name}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="41"/>
        <source>too short</source>
        <translation>demasiado corta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="43"/>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="44"/>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="45"/>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="49"/>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="38"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="39"/>
        <source>Official records</source>
        <translation>Expediente oficial</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="40"/>
        <source>Learner profile</source>
        <translation>Perfil del estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="41"/>
        <source>Shares</source>
        <translation>Compartidos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="42"/>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="43"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="22"/>
        <source>Courses and transcript</source>
        <translation>Cursos y expediente académico</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="23"/>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="24"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="25"/>
        <source>Standards-based gradebook</source>
        <translation>Calificaciones por estándares</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="26"/>
        <source>Awards and badges</source>
        <translation>Premios e insignias</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="27"/>
        <source>Credentials and licences</source>
        <translation>Títulos y licencias</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="28"/>
        <source>Teacher narratives</source>
        <translation>Informes del profesorado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="29"/>
        <source>Supplementary supports (IEP/504)</source>
        <translation>Apoyos adicionales (IEP/504)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="30"/>
        <source>Discipline</source>
        <translation>Disciplina</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="31"/>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="32"/>
        <source>Demographics</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="33"/>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="34"/>
        <source>Portfolio</source>
        <translation>Portafolio</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="35"/>
        <source>Community service</source>
        <translation>Servicio comunitario</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="36"/>
        <source>Activities and clubs</source>
        <translation>Actividades y clubes</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="37"/>
        <source>Employment and internships</source>
        <translation>Empleo y prácticas</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="38"/>
        <source>Research and study abroad</source>
        <translation>Investigación y estudios en el extranjero</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="39"/>
        <source>Recognitions</source>
        <translation>Reconocimientos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="40"/>
        <source>College and career readiness</source>
        <translation>Preparación para la universidad y la carrera</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="41"/>
        <source>Strengths, interests, learning preferences</source>
        <translation>Fortalezas, intereses y preferencias de aprendizaje</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="42"/>
        <source>Self-management and character</source>
        <translation>Autogestión y carácter</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="45"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="46"/>
        <source>Verified, but the issuer is not in your trust list</source>
        <translation>Verificado, pero el emisor no está en su lista de confianza</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="49"/>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="50"/>
        <source>Not valid yet</source>
        <translation>Aún no es válido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="51"/>
        <source>Revoked by the issuer</source>
        <translation>Revocado por el emisor</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="52"/>
        <source>Tampered or invalid signature</source>
        <translation>Alterado o firma no válida</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="53"/>
        <source>Not a readable credential</source>
        <translation>No es una credencial legible</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="54"/>
        <source>Cannot be checked offline</source>
        <translation>No se puede comprobar sin conexión</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="59"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="60"/>
        <source>private</source>
        <translation>privado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="61"/>
        <source>⚠ restricted</source>
        <translation>⚠ restringido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="79"/>
        <source>{kind} · self-reported</source>
        <translation>{kind} · declarado por el estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/terms.py" line="192"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/dialogs.py" line="101"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/dialogs.py" line="106"/>
        <source>Problem details</source>
        <translation>Detalles del problema</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/dialogs.py" line="109"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/dialogs.py" line="175"/>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/dialogs.py" line="178"/>
        <source>Write this key down and keep it apart from your passphrase. It opens the backpack if the passphrase is forgotten. It is shown only this once.</source>
        <translation>Anote esta clave y guárdela separada de su frase de contraseña. Abre la mochila si olvida la frase de contraseña. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/dialogs.py" line="188"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/dialogs.py" line="193"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/dialogs.py" line="196"/>
        <source>Save a printable sheet (PDF)…</source>
        <translation>Guardar una hoja imprimible (PDF)…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/dialogs.py" line="213"/>
        <source>Save the recovery sheet</source>
        <translation>Guardar la hoja de recuperación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/dialogs.py" line="215"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/errors.py" line="22"/>
        <source>{problem} Restore it from a backup if you have one.</source>
        <translation>{problem} Restaure desde una copia de seguridad si tiene una.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/errors.py" line="29"/>
        <source>The system refused: {reason} ({file}).</source>
        <translation>El sistema rechazó la operación: {reason} ({file}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/errors.py" line="32"/>
        <source>The system refused: {reason}.</source>
        <translation>El sistema rechazó la operación: {reason}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/errors.py" line="49"/>
        <source>Backpack hit a problem it did not expect. Nothing you saved is lost; the details below help fix it.</source>
        <translation>Backpack encontró un problema inesperado. No se ha perdido nada de lo que guardó; los detalles de abajo ayudan a solucionarlo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/overview.py" line="50"/>
        <source>&lt;p&gt;No records yet. Import what your school gave you, or add a goal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no hay registros. Importe lo que le dio su escuela o añada una meta.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/overview.py" line="57"/>
        <source>&lt;p&gt;&lt;b&gt;{signed}&lt;/b&gt; signed records, &lt;b&gt;{trusted}&lt;/b&gt; from issuers you trust; &lt;b&gt;{hours}&lt;/b&gt; hours of community service; readiness &lt;b&gt;{done} of {milestones}&lt;/b&gt; milestones done.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;{signed}&lt;/b&gt; registros firmados, &lt;b&gt;{trusted}&lt;/b&gt; de emisores de confianza; &lt;b&gt;{hours}&lt;/b&gt; horas de servicio comunitario; preparación: &lt;b&gt;{done} de {milestones}&lt;/b&gt; hitos cumplidos.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/overview.py" line="71"/>
        <source>&lt;h4&gt;Records&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Registros&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/overview.py" line="75"/>
        <source>&lt;h4&gt;Goals due&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Metas pendientes&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/overview.py" line="76"/>
        <source>{goal} - by {day}</source>
        <translation>{goal} - para el {day}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/overview.py" line="79"/>
        <source>&lt;h4&gt;Latest&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Lo más reciente&lt;/h4&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="28"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="29"/>
        <source>Already here</source>
        <translation>Ya estaba aquí</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="30"/>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="42"/>
        <source>✔ passed</source>
        <translation>✔ superada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="43"/>
        <source>✖ failed</source>
        <translation>✖ fallida</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="44"/>
        <source>⚠ warning</source>
        <translation>⚠ advertencia</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="45"/>
        <source>- not checked</source>
        <translation>- no comprobada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="48"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="49"/>
        <source>signature</source>
        <translation>firma</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="50"/>
        <source>issuer key</source>
        <translation>clave del emisor</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="51"/>
        <source>issuer trust</source>
        <translation>confianza en el emisor</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="52"/>
        <source>validity</source>
        <translation>validez</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="53"/>
        <source>revocation</source>
        <translation>revocación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="54"/>
        <source>recipient</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="55"/>
        <source>records inside</source>
        <translation>registros incluidos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="56"/>
        <source>endorsements</source>
        <translation>avales</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="181"/>
        <source>Result ({name}): &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Resultado ({name}): &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="187"/>
        <source>Result: &lt;b&gt;{value}&lt;/b&gt;</source>
        <translation>Resultado: &lt;b&gt;{value}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="194"/>
        <source>Aligned to {target}</source>
        <translation>Alineado con {target}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="200"/>
        <source>Evidence: {what}</source>
        <translation>Evidencia: {what}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="224"/>
        <source>Program part: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Parte del programa: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="233"/>
        <source>{count} links between the program and the records inside</source>
        <translation>{count} vínculos entre el programa y los registros incluidos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="40"/>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="41"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="42"/>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="43"/>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="44"/>
        <source>Awarded by</source>
        <translation>Otorgado por</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="45"/>
        <source>Observed by</source>
        <translation>Observado por</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="46"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="47"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="48"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="49"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="50"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="51"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="52"/>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="53"/>
        <source>Track</source>
        <translation>Trayectoria</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="56"/>
        <source>job</source>
        <translation>empleo</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="57"/>
        <source>internship</source>
        <translation>prácticas</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="58"/>
        <source>apprenticeship</source>
        <translation>aprendizaje de oficio</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="59"/>
        <source>to do</source>
        <translation>por hacer</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="60"/>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="61"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="62"/>
        <source>research</source>
        <translation>investigación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="63"/>
        <source>study abroad</source>
        <translation>estudios en el extranjero</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="64"/>
        <source>strength</source>
        <translation>fortaleza</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="65"/>
        <source>interest</source>
        <translation>interés</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="66"/>
        <source>learning preference</source>
        <translation>preferencia de aprendizaje</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="67"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="68"/>
        <source>achieved</source>
        <translation>lograda</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="69"/>
        <source>dropped</source>
        <translation>abandonada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="70"/>
        <source>college</source>
        <translation>universidad</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="71"/>
        <source>career</source>
        <translation>carrera profesional</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="72"/>
        <source>both</source>
        <translation>ambas</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="25"/>
        <source>Written by the learner or family and signed with the learner&apos;s key; no school vouches for it.</source>
        <translation>Escrito por el estudiante o la familia y firmado con la clave del estudiante; ninguna escuela lo respalda.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="30"/>
        <source>No key is remembered for this learner yet: compare the fingerprint with the family.</source>
        <translation>Aún no hay ninguna clave guardada para este estudiante: compare la huella con la familia.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="34"/>
        <source>This is the key you remembered for this learner.</source>
        <translation>Esta es la clave que usted guardó para este estudiante.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="35"/>
        <source>WARNING: you remembered another key for this learner. Ask the family first.</source>
        <translation>ADVERTENCIA: usted guardó otra clave para este estudiante. Consulte primero con la familia.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="14"/>
        <source>Whoever has the code</source>
        <translation>Quien tenga el código</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="16"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="17"/>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="18"/>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/transcript.py" line="27"/>
        <source>School not named</source>
        <translation>Escuela sin nombre</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/transcript.py" line="28"/>
        <source>calls itself “{name}”</source>
        <translation>se hace llamar «{name}»</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/models/transcript.py" line="65"/>
        <source>GPA {grade}</source>
        <translation>Promedio (GPA) {grade}</translation>
    </message>
</context>
<context>
    <name>BadgeCards</name>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="260"/>
        <source>Badges and awards</source>
        <translation>Insignias y premios</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="13"/>
        <source>A CLR 2.0 credential must start with the VC 2.0 and CLR 2.0.1 contexts, in that order.</source>
        <translation>Una credencial CLR 2.0 debe comenzar con los contextos VC 2.0 y CLR 2.0.1, en ese orden.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="14"/>
        <source>A chunk of the image claims to be longer than the file.</source>
        <translation>Un fragmento de la imagen declara ser más largo que el archivo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="15"/>
        <source>A compressed text chunk of the image expands beyond {0} MB.</source>
        <translation>Un fragmento de texto comprimido de la imagen se expande a más de {0} MB.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="16"/>
        <source>A compressed text chunk of the image is damaged.</source>
        <translation>Un fragmento de texto comprimido de la imagen está dañado.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="17"/>
        <source>A compressed text chunk of the image is truncated.</source>
        <translation>Un fragmento de texto comprimido de la imagen está truncado.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="18"/>
        <source>A credential in this presentation did not verify: {0}</source>
        <translation>Una credencial de esta presentación no superó la verificación: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="19"/>
        <source>A printout of restricted records must be password-protected: give --pdf-password (or share with a code, which then protects it).</source>
        <translation>Una impresión de registros restringidos debe estar protegida con contraseña: indique --pdf-password (o comparta con un código, que entonces la protege).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="20"/>
        <source>A record inside this CLR did not verify: {0}</source>
        <translation>Un registro de este CLR no superó la verificación: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="21"/>
        <source>A recovery key has 32 characters in 8 groups of 4; this one does not.</source>
        <translation>Una clave de recuperación tiene 32 caracteres en 8 grupos de 4; esta no.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="22"/>
        <source>A school-signed record cannot be edited; add a note to it instead.</source>
        <translation>Un registro firmado por la escuela no se puede editar; en su lugar, añádale una nota.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="23"/>
        <source>A share code has 20 letters and digits in five groups of four.</source>
        <translation>Un código del paquete compartido tiene 20 letras y dígitos en cinco grupos de cuatro.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="24"/>
        <source>A share must expire in the future and within one year.</source>
        <translation>Un paquete compartido debe caducar en el futuro y en un plazo máximo de un año.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="25"/>
        <source>A tEXt chunk of the image has no keyword.</source>
        <translation>Un fragmento tEXt de la imagen no tiene palabra clave.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="26"/>
        <source>A text chunk of the image is larger than a credential may be.</source>
        <translation>Un fragmento de texto de la imagen es más grande de lo que puede ser una credencial.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="27"/>
        <source>A {0} chunk of the image is damaged (bad CRC).</source>
        <translation>Un fragmento {0} de la imagen está dañado (CRC incorrecto).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="28"/>
        <source>An Open Badges 3.0 credential needs an id.</source>
        <translation>Una credencial Open Badges 3.0 necesita un id.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="29"/>
        <source>An Open Badges 3.0 credential needs the Open Badges context.</source>
        <translation>Una credencial Open Badges 3.0 necesita el contexto de Open Badges.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="30"/>
        <source>An iTXt chunk of the image is malformed.</source>
        <translation>Un fragmento iTXt de la imagen tiene un formato incorrecto.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="31"/>
        <source>An iTXt chunk of the image is not UTF-8 text.</source>
        <translation>Un fragmento iTXt de la imagen no es texto UTF-8.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="32"/>
        <source>Ana Rivera (demo)</source>
        <translation>Ana Rivera (demostración)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="33"/>
        <source>Cannot read the trust file {0}: {1}.</source>
        <translation>No se puede leer el archivo de confianza {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="34"/>
        <source>Cannot read {0} ({1}).</source>
        <translation>No se puede leer {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="35"/>
        <source>Cannot read {0}: {1}.</source>
        <translation>No se puede leer {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="36"/>
        <source>Choose a passphrase of at least {0} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Elija una frase de contraseña de al menos {0} caracteres; unas cuantas palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="37"/>
        <source>Choose what to share: record ids, a category, or a preset.</source>
        <translation>Elija qué compartir: identificadores de registros, una categoría o una selección predefinida.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="38"/>
        <source>Do not rely on this presentation: its holder signature failed. {0}</source>
        <translation>No confíe en esta presentación: falló la firma de su titular. {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="39"/>
        <source>Do not rely on this record: {0}{1}</source>
        <translation>No confíe en este registro: {0}{1}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="40"/>
        <source>Every credential in this presentation is genuine, but not every issuer is in your trust list.</source>
        <translation>Todas las credenciales de esta presentación son auténticas, pero no todos los emisores están en su lista de confianza.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="41"/>
        <source>Every record of that choice is private or restricted; share such records by id with --records (restricted ones also need --include-restricted).</source>
        <translation>Todos los registros de esa selección son privados o restringidos; comparta esos registros por id con --records (los restringidos también necesitan --include-restricted).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="42"/>
        <source>Give either the backup&apos;s passphrase or its recovery key.</source>
        <translation>Indique la frase de contraseña de la copia de seguridad o su clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="43"/>
        <source>Issued by {0}, which is in your trust list.</source>
        <translation>Emitido por {0}, que está en su lista de confianza.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="44"/>
        <source>It carries no signature.</source>
        <translation>No lleva firma.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="45"/>
        <source>It does not name any learner in this backpack by email, SIS id or key; say whose it is with --learner.</source>
        <translation>No identifica a ningún estudiante de esta mochila por correo electrónico, id del SIS ni clave; indique de quién es con --learner.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="46"/>
        <source>It does not name its recipient (recipient.identity).</source>
        <translation>No indica su destinatario (recipient.identity).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="47"/>
        <source>It does not say it is the list published at {0}.</source>
        <translation>No indica que sea la lista publicada en {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="48"/>
        <source>It does not say which badge it awards (badge).</source>
        <translation>No indica qué insignia otorga (badge).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="49"/>
        <source>It does not say who issued it (issuer).</source>
        <translation>No indica su emisor (issuer).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="50"/>
        <source>It does not say who issued it.</source>
        <translation>No indica su emisor.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="51"/>
        <source>It does not say whose document it is (no id).</source>
        <translation>No indica de quién es el documento (no tiene id).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="52"/>
        <source>It does not start with the W3C Verifiable Credentials context.</source>
        <translation>No comienza con el contexto de W3C Verifiable Credentials.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="53"/>
        <source>It expired on {0}.</source>
        <translation>Caducó el {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="54"/>
        <source>It has more than {0} unnamed parts; refused.</source>
        <translation>Tiene más de {0} partes sin nombre; se rechazó.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="55"/>
        <source>It has no credentialSubject.</source>
        <translation>No tiene credentialSubject.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="56"/>
        <source>It has no issuedOn date.</source>
        <translation>No tiene fecha issuedOn.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="57"/>
        <source>It has no {0} date.</source>
        <translation>No tiene fecha {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="58"/>
        <source>It holds the web address of an Open Badges 2.0 badge ({0}).</source>
        <translation>Contiene la dirección web de una insignia Open Badges 2.0 ({0}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="59"/>
        <source>It is XML but not an SVG image.</source>
        <translation>Es XML, pero no es una imagen SVG.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="60"/>
        <source>It is a well-formed CLR 2.0 credential.</source>
        <translation>Es una credencial CLR 2.0 bien formada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="61"/>
        <source>It is a well-formed Open Badges 2.0 assertion ({0}).</source>
        <translation>Es una aserción Open Badges 2.0 bien formada ({0}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="62"/>
        <source>It is a well-formed Verifiable Presentation of {0}.</source>
        <translation>Es una presentación verificable bien formada de {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="63"/>
        <source>It is a well-formed verifiable credential.</source>
        <translation>Es una credencial verificable bien formada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="64"/>
        <source>It is larger than a DID document may be.</source>
        <translation>Es más grande de lo que puede ser un documento DID.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="65"/>
        <source>It is larger than the {0} MB it may be.</source>
        <translation>Supera los {0} MB permitidos.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="66"/>
        <source>It is neither a PNG nor an SVG image.</source>
        <translation>No es una imagen PNG ni SVG.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="67"/>
        <source>It is nested more than {0} levels deep.</source>
        <translation>Tiene más de {0} niveles de anidamiento.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="68"/>
        <source>It is not a DID document (not a JSON object).</source>
        <translation>No es un documento DID (no es un objeto JSON).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="69"/>
        <source>It is not a JSON object.</source>
        <translation>No es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="70"/>
        <source>It is not a PNG image.</source>
        <translation>No es una imagen PNG.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="71"/>
        <source>It is not a Verifiable Presentation.</source>
        <translation>No es una presentación verificable.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="72"/>
        <source>It is not a compact JSON Web Token.</source>
        <translation>No es un JSON Web Token compacto.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="73"/>
        <source>It is not a readable token.</source>
        <translation>No es un token legible.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="74"/>
        <source>It is not a status list credential.</source>
        <translation>No es una credencial de lista de estado.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="75"/>
        <source>It is not text (UTF-8).</source>
        <translation>No es texto (UTF-8).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="76"/>
        <source>It is not valid JSON (line {0}: {1}).</source>
        <translation>No es JSON válido (línea {0}: {1}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="77"/>
        <source>It is not valid until {0}.</source>
        <translation>No tiene validez hasta el {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="78"/>
        <source>It is not well-formed XML ({0}).</source>
        <translation>No es XML bien formado ({0}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="79"/>
        <source>It is signed with {0}, a method Backpack does not accept.</source>
        <translation>Su firma usa {0}, un método que Backpack no acepta.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="80"/>
        <source>It is signed with {0}, which Backpack does not accept.</source>
        <translation>Su firma usa {0}, que Backpack no acepta.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="81"/>
        <source>It is the document of {0}, not of {1}.</source>
        <translation>Es el documento de {0}, no de {1}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="82"/>
        <source>It is {0}.</source>
        <translation>Es {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="83"/>
        <source>It names more than one learner here ({0}); say whose it is with --learner.</source>
        <translation>Identifica a más de un estudiante de esta mochila ({0}); indique de quién es con --learner.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="84"/>
        <source>It only points to a badge on its issuer&apos;s website, which Backpack does not visit.</source>
        <translation>Solo apunta a una insignia en el sitio web de su emisor, que Backpack no visita.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="85"/>
        <source>It uses the vocabulary {0}, which Backpack does not know, so it cannot be checked.</source>
        <translation>Usa el vocabulario {0}, que Backpack no conoce, así que no se puede comprobar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="86"/>
        <source>It was signed with a key that does not belong to its issuer.</source>
        <translation>Se firmó con una clave que no pertenece a su emisor.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="87"/>
        <source>Its embedded key is not a JSON Web Key.</source>
        <translation>Su clave incrustada no es una JSON Web Key.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="88"/>
        <source>Its embedded key is not a valid key.</source>
        <translation>Su clave incrustada no es una clave válida.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="89"/>
        <source>Its embedded key is of a kind Backpack does not accept.</source>
        <translation>Su clave incrustada es de un tipo que Backpack no acepta.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="90"/>
        <source>Its encodedList is cut short.</source>
        <translation>Su encodedList está truncado.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="91"/>
        <source>Its encodedList is not GZIP-compressed data.</source>
        <translation>Su encodedList no son datos comprimidos con GZIP.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="92"/>
        <source>Its encodedList is not multibase base64url (&apos;u...&apos;).</source>
        <translation>Su encodedList no está en multibase base64url (&apos;u...&apos;).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="93"/>
        <source>Its encodedList is not valid base64.</source>
        <translation>Su encodedList no es base64 válido.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="94"/>
        <source>Its holder is not an identifier.</source>
        <translation>Su titular no es un identificador.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="95"/>
        <source>Its issuer is named only through a web address, which is not fetched offline.</source>
        <translation>Su emisor solo se identifica mediante una dirección web, que no se consulta sin conexión.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="98"/>
        <source>Its key travels inside the file and its issuer is not otherwise identified, so nothing shows who signed it.</source>
        <translation>Su clave viaja dentro del archivo y su emisor no está identificado de ninguna otra forma, así que nada indica quién firmó.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="99"/>
        <source>Its linked-data structure is invalid ({0}).</source>
        <translation>Su estructura de datos enlazados no es válida ({0}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="100"/>
        <source>Its list expands to more than {0} MiB, far beyond any real status list, so it was not read.</source>
        <translation>Su lista se expande a más de {0} MiB, muy por encima de cualquier lista de estado real, así que no se leyó.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="101"/>
        <source>Its list is shorter than the 16 KB a status list must be.</source>
        <translation>Su lista es más corta que los 16 KB que debe tener una lista de estado.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="102"/>
        <source>Its list of statuses (encodedList) is missing.</source>
        <translation>Falta su lista de estados (encodedList).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="103"/>
        <source>Its place in the revocation list is not a number.</source>
        <translation>Su posición en la lista de revocación no es un número.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="104"/>
        <source>Its signature block is not in a form Backpack understands.</source>
        <translation>Su bloque de firma no tiene una forma que Backpack entienda.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="105"/>
        <source>Its signature uses a key type this signature method does not allow.</source>
        <translation>Su firma usa un tipo de clave que este método de firma no permite.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="106"/>
        <source>Its signature was made for another exchange (challenge differs).</source>
        <translation>Su firma se hizo para otro intercambio (el valor challenge no coincide).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="107"/>
        <source>Its signature was made for another recipient (domain differs).</source>
        <translation>Su firma se hizo para otro destinatario (el valor domain no coincide).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="108"/>
        <source>Its signature was made for {0}, not for {1}.</source>
        <translation>Su firma se hizo para {0}, no para {1}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="109"/>
        <source>Its structure is built to make checking it take too long; it was refused.</source>
        <translation>Su estructura está diseñada para que comprobarla tarde demasiado; se rechazó.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="110"/>
        <source>Its structure is built to make checking it take too much work; it was refused.</source>
        <translation>Su estructura está diseñada para que comprobarla requiera demasiado trabajo; se rechazó.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="111"/>
        <source>Its subject does not name an achievement.</source>
        <translation>Su sujeto no indica un logro.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="112"/>
        <source>Its subject has neither an id nor an identifier.</source>
        <translation>Su sujeto no tiene id ni identifier.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="113"/>
        <source>Its subject is not a {0}.</source>
        <translation>Su sujeto no es un {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="114"/>
        <source>Its token claims {0}, which does not fit its {1} key.</source>
        <translation>Su token declara {0}, que no corresponde a su clave {1}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="115"/>
        <source>Its token demands extensions Backpack does not understand.</source>
        <translation>Su token exige extensiones que Backpack no entiende.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="116"/>
        <source>Its token does not name the key that signed it.</source>
        <translation>Su token no indica la clave que lo firmó.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="118"/>
        <source>Its token names a different holder than its content.</source>
        <translation>Su token indica un titular distinto del de su contenido.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="119"/>
        <source>Its token names a different issuer than its content.</source>
        <translation>Su token indica un emisor distinto del de su contenido.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="120"/>
        <source>Its token names a different subject than its content.</source>
        <translation>Su token indica un sujeto distinto del de su contenido.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="121"/>
        <source>Its token&apos;s {0} disagrees with its {1}.</source>
        <translation>El valor {0} de su token no coincide con su {1}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="122"/>
        <source>Its type does not include VerifiableCredential.</source>
        <translation>Su tipo no incluye VerifiableCredential.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="123"/>
        <source>Its type is not an Open Badges 2.0 Assertion.</source>
        <translation>Su tipo no es una Assertion de Open Badges 2.0.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="124"/>
        <source>Its verification type is neither hosted nor signed.</source>
        <translation>Su tipo de verificación no es hosted ni signed.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="125"/>
        <source>Its {0} ({1}) is not a date and time.</source>
        <translation>Su {0} ({1}) no es una fecha y hora.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="126"/>
        <source>Its {0} cannot be read.</source>
        <translation>Su {0} no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="127"/>
        <source>Its {0} claim is not a time.</source>
        <translation>Su declaración {0} no es una marca de tiempo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="128"/>
        <source>Its {0} is not a JSON object.</source>
        <translation>Su {0} no es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="129"/>
        <source>Its {0} is not a date and time.</source>
        <translation>Su {0} no es una fecha y hora.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="130"/>
        <source>More than one record starts with {0}; type more of its id.</source>
        <translation>Más de un registro empieza por {0}; escriba más caracteres de su id.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="131"/>
        <source>No display is available to show the Backpack window; use the command line instead (run &apos;backpack --help&apos;).</source>
        <translation>No hay ninguna pantalla disponible para mostrar la ventana de Backpack; use la línea de comandos en su lugar (ejecute &apos;backpack --help&apos;).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="132"/>
        <source>No records match that choice.</source>
        <translation>Ningún registro coincide con esa selección.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="133"/>
        <source>No such attachment.</source>
        <translation>No existe ese adjunto.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="134"/>
        <source>Not checked, because the signature failed.</source>
        <translation>No se comprobó porque la firma falló.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="135"/>
        <source>Not compared with a learner (no backpack was opened).</source>
        <translation>No se comparó con un estudiante (no se abrió ninguna mochila).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="149"/>
        <source>Signed with the holder&apos;s own key ({0}).{1}</source>
        <translation>Firmado con la clave propia del titular ({0}).{1}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="150"/>
        <source>Signed with the issuer&apos;s own key ({0}).{1}</source>
        <translation>Firmado con la clave propia del emisor ({0}).{1}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="246"/>
        <source>The signature could not be checked without the holder&apos;s key.</source>
        <translation>No se pudo comprobar la firma sin la clave del titular.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="247"/>
        <source>The signature could not be checked without the issuer&apos;s key.</source>
        <translation>No se pudo comprobar la firma sin la clave del emisor.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="12"/>
        <source>(from {0}, as they call themselves)</source>
        <translation>(de {0}, según se hacen llamar)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="96"/>
        <source>Its key is from a copy of the issuer&apos;s DID document saved on {0}.</source>
        <translation>Su clave procede de una copia del documento DID del emisor guardada el {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="97"/>
        <source>Its key is from a copy of the issuer&apos;s DID document.</source>
        <translation>Su clave procede de una copia del documento DID del emisor.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="117"/>
        <source>Its token names a different credential id than its content.</source>
        <translation>Su token indica un identificador de credencial distinto del de su contenido.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="136"/>
        <source>Not revoked as of {0}.</source>
        <translation>No revocado a fecha del {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="137"/>
        <source>Not suspended as of {0}.</source>
        <translation>No suspendido a fecha del {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="138"/>
        <source>Only UTF-8 SVG images can be baked.</source>
        <translation>Solo se pueden incrustar credenciales en imágenes SVG UTF-8.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="139"/>
        <source>Only {0}&apos;s records can go in {1}&apos;s share.</source>
        <translation>Solo los registros de {0} pueden ir en el paquete compartido de {1}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="140"/>
        <source>Open Badges 2.0 revocation is published on the issuer&apos;s website, which Backpack does not visit, so revocation was not checked.</source>
        <translation>La revocación de Open Badges 2.0 se publica en el sitio web del emisor, que Backpack no visita, así que no se comprobó la revocación.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="141"/>
        <source>Progress notes belong to goals.</source>
        <translation>Las notas de progreso pertenecen a las metas.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="142"/>
        <source>Record {0} has no attached file.</source>
        <translation>El registro {0} no tiene ningún archivo adjunto.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="143"/>
        <source>Record {0} has no file called {1}.</source>
        <translation>El registro {0} no tiene ningún archivo llamado {1}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="144"/>
        <source>Record {0} has several files; name one with --name ({1}).</source>
        <translation>El registro {0} tiene varios archivos; indique uno con --name ({1}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="145"/>
        <source>Say which learner with --learner ({0}).</source>
        <translation>Indique qué estudiante con --learner ({0}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="146"/>
        <source>Say whose card this is with --name (a person or a program).</source>
        <translation>Indique de quién es esta tarjeta con --name (una persona o un programa).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="147"/>
        <source>Self-reported by the learner; no school or program vouches for it.</source>
        <translation>Declarado por el estudiante; ninguna escuela ni programa lo respalda.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="148"/>
        <source>Share either --to a contact or with a --code.</source>
        <translation>Comparta con un contacto (--to) o con un código (--code).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="151"/>
        <source>That DID document was not saved: {0}</source>
        <translation>Ese documento DID no se guardó: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="152"/>
        <source>That QR code is a share, not a card; open it with &apos;open&apos;.</source>
        <translation>Ese código QR es un paquete compartido, no una tarjeta; ábralo con &apos;open&apos;.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="153"/>
        <source>That backup holds files Backpack never writes; not restored.</source>
        <translation>Esa copia de seguridad contiene archivos que Backpack nunca escribe; no se restauró.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="154"/>
        <source>That backup holds too many files; not restored.</source>
        <translation>Esa copia de seguridad contiene demasiados archivos; no se restauró.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="155"/>
        <source>That backup is damaged (its header is too large).</source>
        <translation>Esa copia de seguridad está dañada (su encabezado es demasiado grande).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="156"/>
        <source>That backup is damaged (its two key records disagree).</source>
        <translation>Esa copia de seguridad está dañada (sus dos registros de clave no coinciden).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="157"/>
        <source>That backup is damaged or was altered; nothing was restored.</source>
        <translation>Esa copia de seguridad está dañada o fue alterada; no se restauró nada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="158"/>
        <source>That backup is damaged: {0}</source>
        <translation>Esa copia de seguridad está dañada: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="159"/>
        <source>That backup is damaged; nothing was restored.</source>
        <translation>Esa copia de seguridad está dañada; no se restauró nada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="160"/>
        <source>That backup is incomplete; nothing was restored.</source>
        <translation>Esa copia de seguridad está incompleta; no se restauró nada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="161"/>
        <source>That backup was made by a newer Backpack (format {0}).</source>
        <translation>Esa copia de seguridad la creó una versión más reciente de Backpack (formato {0}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="162"/>
        <source>That card has no usable name.</source>
        <translation>Esa tarjeta no tiene un nombre utilizable.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="163"/>
        <source>That card is already saved as {0}.</source>
        <translation>Esa tarjeta ya está guardada como {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="164"/>
        <source>That card was made by a newer Backpack; update to use it.</source>
        <translation>Esa tarjeta la creó una versión más reciente de Backpack; actualice la aplicación para usarla.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="165"/>
        <source>That card&apos;s key is damaged.</source>
        <translation>La clave de esa tarjeta está dañada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="166"/>
        <source>That file is far larger than a Backpack card.</source>
        <translation>Ese archivo es mucho más grande que una tarjeta de Backpack.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="167"/>
        <source>That file is not a Backpack backup (it is too short).</source>
        <translation>Ese archivo no es una copia de seguridad de Backpack (es demasiado corto).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="168"/>
        <source>That file is not a Backpack backup.</source>
        <translation>Ese archivo no es una copia de seguridad de Backpack.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="169"/>
        <source>That file is not a Backpack card.</source>
        <translation>Ese archivo no es una tarjeta de Backpack.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="170"/>
        <source>That is not a school key file (too large).</source>
        <translation>Eso no es un archivo de clave de escuela (demasiado grande).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="171"/>
        <source>That is not a school key file.</source>
        <translation>Eso no es un archivo de clave de escuela.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="172"/>
        <source>That is not a well-formed key: it uses letters or a length Backpack never writes.</source>
        <translation>Esa no es una clave bien formada: usa letras o una longitud que Backpack nunca escribe.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="173"/>
        <source>That is too much for one QR code.</source>
        <translation>Es demasiado para un solo código QR.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="174"/>
        <source>That is {0} days ago; refresh the list for newer news.</source>
        <translation>Eso fue hace {0} días; actualice la lista para tener noticias más recientes.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="175"/>
        <source>That school key file has version {0}; this app reads version {1}.</source>
        <translation>Ese archivo de clave de escuela tiene la versión {0}; esta aplicación lee la versión {1}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="176"/>
        <source>That school key file lacks its key-stretching settings.</source>
        <translation>A ese archivo de clave de escuela le faltan los ajustes de refuerzo de la clave.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="177"/>
        <source>That school key file lacks its {0}.</source>
        <translation>A ese archivo de clave de escuela le falta su {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="178"/>
        <source>That school key file&apos;s DID does not belong to its key.</source>
        <translation>El DID de ese archivo de clave de escuela no corresponde a su clave.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="179"/>
        <source>That school key file&apos;s settings cannot be read.</source>
        <translation>No se pueden leer los ajustes de ese archivo de clave de escuela.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="180"/>
        <source>That status list was not saved: it is dated in the future.</source>
        <translation>Esa lista de estado no se guardó: tiene una fecha futura.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="181"/>
        <source>That status list was not saved: {0}</source>
        <translation>Esa lista de estado no se guardó: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="182"/>
        <source>That status list was not saved: {0} Save the issuer&apos;s DID document first.</source>
        <translation>Esa lista de estado no se guardó: {0} Guarde primero el documento DID del emisor.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="183"/>
        <source>That trust file cannot be read: {0}</source>
        <translation>No se puede leer ese archivo de confianza: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="184"/>
        <source>That trust file does not list issuers as {{id or did, name}}.</source>
        <translation>Ese archivo de confianza no enumera los emisores como {{id or did, name}}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="185"/>
        <source>That trust file is too large.</source>
        <translation>Ese archivo de confianza es demasiado grande.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="186"/>
        <source>That {0} does not open this backpack.</source>
        <translation>Esa {0} no abre esta mochila.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="187"/>
        <source>The QR code does not hold a credential.</source>
        <translation>El código QR no contiene una credencial.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="188"/>
        <source>The SVG declares a DTD or entities, which Backpack refuses to expand.</source>
        <translation>El SVG declara una DTD o entidades, que Backpack se niega a expandir.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="189"/>
        <source>The SVG image is empty.</source>
        <translation>La imagen SVG está vacía.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="190"/>
        <source>The SVG&apos;s root element is not closed.</source>
        <translation>El elemento raíz del SVG no está cerrado.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="191"/>
        <source>The assertion itself says it is revoked.</source>
        <translation>La propia aserción indica que está revocada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="192"/>
        <source>The backpack&apos;s key file is damaged (not a Backpack key file).</source>
        <translation>El archivo de clave de la mochila está dañado (no es un archivo de clave de Backpack).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="193"/>
        <source>The backpack&apos;s key file is damaged (truncated or extended).</source>
        <translation>El archivo de clave de la mochila está dañado (truncado o ampliado).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="194"/>
        <source>The backpack&apos;s key file is damaged (unreadable contents).</source>
        <translation>El archivo de clave de la mochila está dañado (contenido ilegible).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="195"/>
        <source>The backpack&apos;s key file is damaged (wrong size).</source>
        <translation>El archivo de clave de la mochila está dañado (tamaño incorrecto).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="196"/>
        <source>The backpack&apos;s key file is damaged: {0}</source>
        <translation>El archivo de clave de la mochila está dañado: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="197"/>
        <source>The backpack&apos;s record database is damaged or does not belong to this key file.</source>
        <translation>La base de datos de registros de la mochila está dañada o no corresponde a este archivo de clave.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="198"/>
        <source>The backpack&apos;s record database is missing or empty.</source>
        <translation>La base de datos de registros de la mochila no existe o está vacía.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="199"/>
        <source>The checker stopped while reading this file, so it could not be checked.</source>
        <translation>El verificador se detuvo mientras leía este archivo, así que no se pudo comprobar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="200"/>
        <source>The chosen records are too large for one share.</source>
        <translation>Los registros elegidos son demasiado grandes para un solo paquete compartido.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="201"/>
        <source>The credential in the image is larger than a credential may be.</source>
        <translation>La credencial de la imagen es más grande de lo que puede ser una credencial.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="202"/>
        <source>The credential is empty or larger than a credential may be.</source>
        <translation>La credencial está vacía o es más grande de lo que puede ser una credencial.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="203"/>
        <source>The file asks for key-stretching settings outside the safe range.</source>
        <translation>El archivo pide ajustes de refuerzo de la clave fuera del rango seguro.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="204"/>
        <source>The file {0} changed while it was shared.</source>
        <translation>El archivo {0} cambió mientras se compartía.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="205"/>
        <source>The file {0} is missing from the backpack.</source>
        <translation>Falta el archivo {0} en la mochila.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="206"/>
        <source>The image already holds a credential.</source>
        <translation>La imagen ya contiene una credencial.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="207"/>
        <source>The image does not start with its header chunk (IHDR).</source>
        <translation>La imagen no comienza con su fragmento de encabezado (IHDR).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="208"/>
        <source>The image ends in the middle of a chunk (truncated).</source>
        <translation>La imagen termina en medio de un fragmento (truncada).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="209"/>
        <source>The image has a chunk with an invalid name.</source>
        <translation>La imagen tiene un fragmento con un nombre no válido.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="210"/>
        <source>The image has more than {0} chunks.</source>
        <translation>La imagen tiene más de {0} fragmentos.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="211"/>
        <source>The image holds no Open Badges credential.</source>
        <translation>La imagen no contiene ninguna credencial Open Badges.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="212"/>
        <source>The image holds two credentials in one image.</source>
        <translation>La imagen contiene dos credenciales en una sola imagen.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="213"/>
        <source>The image is larger than the {0} MB a badge image may be.</source>
        <translation>La imagen supera los {0} MB que puede tener una imagen de insignia.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="214"/>
        <source>The image&apos;s Open Badges element is empty.</source>
        <translation>El elemento Open Badges de la imagen está vacío.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="215"/>
        <source>The issuer publishes a key type Backpack does not accept.</source>
        <translation>El emisor publica un tipo de clave que Backpack no acepta.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="216"/>
        <source>The issuer publishes its key as {0}, which Backpack does not read.</source>
        <translation>El emisor publica su clave como {0}, que Backpack no lee.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="217"/>
        <source>The issuer revoked this record (as of {0}).</source>
        <translation>El emisor revocó este registro (a partir del {0}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="218"/>
        <source>The issuer suspended this record (as of {0}); do not rely on it unless the issuer lifts the suspension.</source>
        <translation>El emisor suspendió este registro (a partir del {0}); no confíe en él a menos que el emisor levante la suspensión.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="219"/>
        <source>The issuer uses a kind of identifier ({0}) that cannot be checked offline.</source>
        <translation>El emisor usa un tipo de identificador ({0}) que no se puede comprobar sin conexión.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="220"/>
        <source>The issuer {0}</source>
        <translation>El emisor {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="221"/>
        <source>The issuer {0} calls itself &quot;{1}&quot;, but it</source>
        <translation>El emisor {0} se hace llamar &quot;{1}&quot;, pero</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="222"/>
        <source>The issuer&apos;s DID document does not hold the key that signed it.</source>
        <translation>El documento DID del emisor no contiene la clave con la que se firmó.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="223"/>
        <source>The issuer&apos;s DID document lists a key that another party controls.</source>
        <translation>El documento DID del emisor incluye una clave que controla otra parte.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="224"/>
        <source>The issuer&apos;s key is named by a web address, which cannot be checked offline.</source>
        <translation>La clave del emisor se identifica con una dirección web, que no se puede comprobar sin conexión.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="225"/>
        <source>The issuer&apos;s key is published at {0}, and Backpack does not go online to fetch it; give a saved copy with --ob2-key to check the signature.</source>
        <translation>La clave del emisor está publicada en {0}, y Backpack no se conecta a internet para obtenerla; indique una copia guardada con --ob2-key para comprobar la firma.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="226"/>
        <source>The issuer&apos;s key is published on the web ({0}) and no copy of it is saved here.</source>
        <translation>La clave del emisor está publicada en la web ({0}) y no hay ninguna copia guardada aquí.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="227"/>
        <source>The issuer&apos;s published key does not match its declared type.</source>
        <translation>La clave publicada del emisor no coincide con su tipo declarado.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="228"/>
        <source>The issuer&apos;s published key is not a public JSON Web Key.</source>
        <translation>La clave publicada del emisor no es una JSON Web Key pública.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="229"/>
        <source>The issuer&apos;s published key is not in the expected form.</source>
        <translation>La clave publicada del emisor no tiene la forma esperada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="230"/>
        <source>The issuer&apos;s published key is not valid base64url.</source>
        <translation>La clave publicada del emisor no es base64url válido.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="231"/>
        <source>The issuer&apos;s {0} uses a key type Backpack does not accept.</source>
        <translation>El {0} del emisor usa un tipo de clave que Backpack no acepta.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="232"/>
        <source>The key file has no publicKeyPem.</source>
        <translation>El archivo de clave no tiene publicKeyPem.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="233"/>
        <source>The key file is far larger than a public key.</source>
        <translation>El archivo de clave es mucho más grande que una clave pública.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="234"/>
        <source>The key file is neither a PEM key nor a CryptographicKey.</source>
        <translation>El archivo de clave no es una clave PEM ni una CryptographicKey.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="235"/>
        <source>The key that signed it is not one its issuer&apos;s DID document lists for {0}.</source>
        <translation>La clave con la que se firmó no es una de las que el documento DID de su emisor incluye para {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="236"/>
        <source>The list had already expired when it was saved.</source>
        <translation>La lista ya había caducado cuando se guardó.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="237"/>
        <source>The list is not valid until {0}.</source>
        <translation>La lista no tiene validez hasta el {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="238"/>
        <source>The picture holds neither a baked badge nor one readable QR code.</source>
        <translation>La imagen no contiene ni una insignia incrustada ni un código QR legible.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="239"/>
        <source>The presentation carries no holder signature, so nothing ties it to who presented it; each credential inside is checked on its own.</source>
        <translation>La presentación no lleva la firma del titular, así que nada la vincula con quien la presentó; cada credencial que contiene se comprueba por separado.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="240"/>
        <source>The reference {0} is not a full address, so it would not be covered by the signature.</source>
        <translation>La referencia {0} no es una dirección completa, así que no quedaría cubierta por la firma.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="241"/>
        <source>The share in this QR code is larger than a QR share may be.</source>
        <translation>El paquete compartido de este código QR es más grande de lo que puede ser un paquete compartido por QR.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="242"/>
        <source>The share lists more than {0} files.</source>
        <translation>El paquete compartido incluye más de {0} archivos.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="243"/>
        <source>The share&apos;s contents are larger than Backpack accepts (16 MB).</source>
        <translation>El contenido del paquete compartido supera lo que Backpack acepta (16 MB).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="244"/>
        <source>The share&apos;s files add up to more than Backpack accepts (1 GB).</source>
        <translation>Los archivos del paquete compartido suman más de lo que Backpack acepta (1 GB).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="245"/>
        <source>The share&apos;s list of contents is not in Backpack&apos;s format.</source>
        <translation>La lista de contenido del paquete compartido no está en el formato de Backpack.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="248"/>
        <source>The signature does not match the content: it was changed after signing, or signed by another key.</source>
        <translation>La firma no coincide con el contenido: se modificó después de firmarse o se firmó con otra clave.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="249"/>
        <source>The signature does not name the key that made it.</source>
        <translation>La firma no indica la clave que la generó.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="250"/>
        <source>The signature does not say which of its issuer&apos;s keys made it.</source>
        <translation>La firma no indica cuál de las claves de su emisor la generó.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="251"/>
        <source>The signature is genuine, but the issuer ({0}) is not in your trust list.</source>
        <translation>La firma es auténtica, pero el emisor ({0}) no está en su lista de confianza.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="252"/>
        <source>The signature matches the content: nothing was changed after signing.</source>
        <translation>La firma coincide con el contenido: no se modificó nada después de firmar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="253"/>
        <source>The signature names a key that its did:key does not contain.</source>
        <translation>La firma indica una clave que su did:key no contiene.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="254"/>
        <source>The stored copy of {0} does not match its fingerprint.</source>
        <translation>La copia guardada de {0} no coincide con su huella.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="255"/>
        <source>The stored copy of {0} is damaged.</source>
        <translation>La copia guardada de {0} está dañada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="256"/>
        <source>The supplied key is not a key for {0}.</source>
        <translation>La clave proporcionada no es una clave de {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="257"/>
        <source>The term {0} is not defined by the credential&apos;s contexts, so it would not be covered by the signature.</source>
        <translation>El término {0} no está definido en los contextos de la credencial, así que no quedaría cubierto por la firma.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="258"/>
        <source>The token is larger than a credential may be.</source>
        <translation>El token es más grande de lo que puede ser una credencial.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="259"/>
        <source>The type {0} is not defined by the credential&apos;s contexts, so it would not be covered by the signature.</source>
        <translation>El tipo {0} no está definido en los contextos de la credencial, así que no quedaría cubierto por la firma.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="260"/>
        <source>The {0} is larger than the {1} MB a badge image may be.</source>
        <translation>El {0} supera los {1} MB que puede tener una imagen de insignia.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="261"/>
        <source>The {0} is not in the expected multibase form.</source>
        <translation>El {0} no tiene la forma multibase esperada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="262"/>
        <source>The {0} is not valid base58.</source>
        <translation>El {0} no es base58 válido.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="263"/>
        <source>There is already a backpack in {0}.</source>
        <translation>Ya hay una mochila en {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="264"/>
        <source>There is already a backpack in {0}; restore elsewhere.</source>
        <translation>Ya hay una mochila en {0}; restaure en otra ubicación.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="265"/>
        <source>There is already a contact called {0}; save this card under another name.</source>
        <translation>Ya hay un contacto llamado {0}; guarde esta tarjeta con otro nombre.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="266"/>
        <source>There is already a learner called {0}.</source>
        <translation>Ya hay un estudiante llamado {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="267"/>
        <source>There is no active share {0} in the log.</source>
        <translation>No hay ningún paquete compartido activo {0} en el historial.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="268"/>
        <source>There is no backpack in {0}. Make one with &apos;backpack init&apos;.</source>
        <translation>No hay ninguna mochila en {0}. Cree una con &apos;backpack init&apos;.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="269"/>
        <source>There is no contact called {0}; add their card with &apos;contact add&apos;.</source>
        <translation>No hay ningún contacto llamado {0}; añada su tarjeta con &apos;contact add&apos;.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="270"/>
        <source>There is no learner called {0}.</source>
        <translation>No hay ningún estudiante llamado {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="271"/>
        <source>There is no preset {0}; choose one of {1}.</source>
        <translation>No existe la selección predefinida {0}; elija una de estas: {1}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="272"/>
        <source>There is no record {0}.</source>
        <translation>No existe el registro {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="273"/>
        <source>There is no share {0} in Received.</source>
        <translation>No hay ningún paquete compartido {0} en Recibidos.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="274"/>
        <source>This CLR holds no credentials (verifiableCredential).</source>
        <translation>Este CLR no contiene credenciales (verifiableCredential).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="275"/>
        <source>This CLR nests too many credentials.</source>
        <translation>Este CLR anida demasiadas credenciales.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="276"/>
        <source>This QR code is a Backpack share or card, not a credential: open it in Received.</source>
        <translation>Este código QR es un paquete compartido o una tarjeta de Backpack, no una credencial: ábralo en Recibidos.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="277"/>
        <source>This QR code is a card; save it with &apos;backpack contact add&apos;.</source>
        <translation>Este código QR es una tarjeta; guárdela con &apos;backpack contact add&apos;.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="278"/>
        <source>This QR code is damaged or not one Backpack made.</source>
        <translation>Este código QR está dañado o no lo creó Backpack.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="279"/>
        <source>This QR code is not one Backpack made.</source>
        <translation>Este código QR no lo creó Backpack.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="280"/>
        <source>This QR code stands for the share {0}, which is too large for a QR code: open the .backpack file the family sent instead.</source>
        <translation>Este código QR representa el paquete compartido {0}, que es demasiado grande para un código QR: abra en su lugar el archivo .backpack que envió la familia.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="281"/>
        <source>This backpack has no learner yet; add one with &apos;learner add&apos;.</source>
        <translation>Esta mochila aún no tiene ningún estudiante; añada uno con &apos;learner add&apos;.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="282"/>
        <source>This backpack was made by a newer Backpack (format {0}); update the app.</source>
        <translation>Esta mochila la creó una versión más reciente de Backpack (formato {0}); actualice la aplicación.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="283"/>
        <source>This backpack&apos;s records use a newer format ({0}); update the app to open it.</source>
        <translation>Los registros de esta mochila usan un formato más reciente ({0}); actualice la aplicación para abrirla.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="284"/>
        <source>This badge is checked by visiting its issuer&apos;s website; Backpack does not go online to do that.</source>
        <translation>Esta insignia se comprueba visitando el sitio web de su emisor; Backpack no se conecta a internet para hacerlo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="285"/>
        <source>This badge is signed, but this file holds only its content, not the signed copy.</source>
        <translation>Esta insignia está firmada, pero este archivo solo contiene su contenido, no la copia firmada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="286"/>
        <source>This is not a Backpack share.</source>
        <translation>Esto no es un paquete compartido de Backpack.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="287"/>
        <source>This is not a credential Backpack can read: {0}</source>
        <translation>Esta no es una credencial que Backpack pueda leer: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="288"/>
        <source>This presentation cannot be checked offline: {0}</source>
        <translation>Esta presentación no se puede comprobar sin conexión: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="289"/>
        <source>This presentation holds more than {0} credentials.</source>
        <translation>Esta presentación contiene más de {0} credenciales.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="290"/>
        <source>This presentation holds no credentials.</source>
        <translation>Esta presentación no contiene credenciales.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="291"/>
        <source>This printed copy is NOT encrypted: anyone holding it can read it.</source>
        <translation>Esta copia impresa NO está cifrada: cualquiera que la tenga puede leerla.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="292"/>
        <source>This printed copy is protected by a password.</source>
        <translation>Esta copia impresa está protegida con contraseña.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="293"/>
        <source>This printout is password-protected; give the password.</source>
        <translation>Esta impresión está protegida con contraseña; indique la contraseña.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="294"/>
        <source>This record cannot be checked offline: {0}</source>
        <translation>Este registro no se puede comprobar sin conexión: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="295"/>
        <source>This record is not current: {0}</source>
        <translation>Este registro no está vigente: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="296"/>
        <source>This record is part of a signed learner record ({0}); delete that instead.</source>
        <translation>Este registro forma parte de un registro del estudiante firmado ({0}); elimine ese registro en su lugar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="297"/>
        <source>This share could not be opened with this key or code.</source>
        <translation>Este paquete compartido no se pudo abrir con esta clave o código.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="298"/>
        <source>This share expired on {0} and was removed from Received. Ask the family for a new one.</source>
        <translation>Este paquete compartido caducó el {0} y se quitó de Recibidos. Pida uno nuevo a la familia.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="299"/>
        <source>This share expired on {0}. Ask the family for a new one.</source>
        <translation>Este paquete compartido caducó el {0}. Pida uno nuevo a la familia.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="300"/>
        <source>This share holds more than {0} credentials.</source>
        <translation>Este paquete compartido contiene más de {0} credenciales.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="301"/>
        <source>This share was made by a newer Backpack (format {0}); update to open it.</source>
        <translation>Este paquete compartido lo creó una versión más reciente de Backpack (formato {0}); actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="302"/>
        <source>This share was made for someone else, so it is not shown here. Ask the family to share with you directly.</source>
        <translation>Este paquete compartido se creó para otra persona, así que no se muestra aquí. Pida a la familia que lo comparta directamente con usted.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="303"/>
        <source>This share&apos;s contents are in a format this Backpack does not know.</source>
        <translation>El contenido de este paquete compartido está en un formato que esta versión de Backpack no conoce.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="304"/>
        <source>Verified: every credential in this presentation checks out ({0}).</source>
        <translation>Verificado: todas las credenciales de esta presentación superan la verificación ({0}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="305"/>
        <source>Verified: issued by {0} and unchanged since.</source>
        <translation>Verificado: emitido por {0} y sin cambios desde entonces.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="306"/>
        <source>an existing backpack&apos;s database has no schema</source>
        <translation>la base de datos de una mochila existente no tiene esquema</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="307"/>
        <source>an official category cannot hold a self-reported entry</source>
        <translation>una categoría oficial no puede contener una entrada declarada por el estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="308"/>
        <source>bad salt</source>
        <translation>sal incorrecta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="309"/>
        <source>baked into {0} {1} image ({2})</source>
        <translation>incrustada en una imagen {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="310"/>
        <source>bytes after the last chunk</source>
        <translation>bytes después del último fragmento</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="311"/>
        <source>calls itself &quot;{0}&quot;</source>
        <translation>se hace llamar &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="312"/>
        <source>chunk failed to authenticate</source>
        <translation>falló la autenticación del fragmento</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="313"/>
        <source>chunk truncated</source>
        <translation>fragmento truncado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="314"/>
        <source>decryption failed</source>
        <translation>falló el descifrado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="315"/>
        <source>email address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="316"/>
        <source>it could not be fetched ({0}).</source>
        <translation>no se pudo obtener ({0}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="317"/>
        <source>it could not be reached ({0}).</source>
        <translation>no se pudo establecer conexión ({0}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="318"/>
        <source>it is larger than {0} MB.</source>
        <translation>supera los {0} MB.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="319"/>
        <source>it is not an HTTPS address, so it was not fetched.</source>
        <translation>no es una dirección HTTPS, así que no se obtuvo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="320"/>
        <source>it redirects away from HTTPS.</source>
        <translation>redirige fuera de HTTPS.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="321"/>
        <source>its place ({0}) lies beyond the end of that list ({1} entries)</source>
        <translation>su posición ({0}) queda más allá del final de esa lista ({1} entradas)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="322"/>
        <source>not a card share</source>
        <translation>no es un paquete compartido por tarjeta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="323"/>
        <source>not a code share</source>
        <translation>no es un paquete compartido por código</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="324"/>
        <source>not a sealed stream</source>
        <translation>no es un flujo sellado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="325"/>
        <source>recovery key</source>
        <translation>clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="326"/>
        <source>recovery salt</source>
        <translation>sal de recuperación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="327"/>
        <source>saved the DID document of {0}.</source>
        <translation>se guardó el documento DID de {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="328"/>
        <source>saved the list of {0}.</source>
        <translation>se guardó la lista de {0}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="329"/>
        <source>stream header truncated</source>
        <translation>encabezado del flujo truncado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="330"/>
        <source>stream id mismatch</source>
        <translation>el id del flujo no coincide</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="331"/>
        <source>that list is a {0}, not the kind its entry names</source>
        <translation>esa lista es de tipo {0}, no del tipo que indica su entrada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="332"/>
        <source>that list is not a {0} list</source>
        <translation>esa lista no es una lista de {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="333"/>
        <source>that list was published by {0}, not by the issuer of this record</source>
        <translation>esa lista la publicó {0}, no el emisor de este registro</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="334"/>
        <source>the Learner Profile holds no school-signed entries</source>
        <translation>el perfil del estudiante no contiene entradas firmadas por la escuela</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="335"/>
        <source>the key its did:jwk names</source>
        <translation>la clave que indica su did:jwk</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="336"/>
        <source>the server answered {0} {1}.</source>
        <translation>el servidor respondió {0} {1}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="337"/>
        <source>the share key did not open</source>
        <translation>la clave del paquete compartido no lo abrió</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="338"/>
        <source>unknown baking keyword {0}</source>
        <translation>palabra clave de incrustación desconocida: {0}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="339"/>
        <source>valid from {0} until {1}</source>
        <translation>válido desde el {0} hasta el {1}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="340"/>
        <source>valid from {0}, with no end date</source>
        <translation>válido desde el {0}, sin fecha de fin</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="341"/>
        <source>with the {0} records inside it</source>
        <translation>con los {0} registros que contiene</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="342"/>
        <source>{0} credential</source>
        <translation>{0} credencial</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="343"/>
        <source>{0} credentials</source>
        <translation>{0} credenciales</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="344"/>
        <source>{0} does not carry a Backpack share.</source>
        <translation>{0} no contiene un paquete compartido de Backpack.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="345"/>
        <source>{0} does not hold exactly one readable QR code.</source>
        <translation>{0} no contiene exactamente un código QR legible.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="346"/>
        <source>{0} does not name a web host.</source>
        <translation>{0} no indica un host web.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="347"/>
        <source>{0} has a path Backpack does not accept.</source>
        <translation>{0} tiene una ruta que Backpack no acepta.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="348"/>
        <source>{0} is far larger than a Backpack printout.</source>
        <translation>{0} es mucho más grande que una impresión de Backpack.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="349"/>
        <source>{0} is far larger than a QR code image.</source>
        <translation>{0} es mucho más grande que una imagen de código QR.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="350"/>
        <source>{0} is larger than Backpack accepts (4 GB).</source>
        <translation>{0} supera lo que Backpack acepta (4 GB).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="351"/>
        <source>{0} is not a PDF Backpack can read ({1}).</source>
        <translation>{0} no es un PDF que Backpack pueda leer ({1}).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="352"/>
        <source>{0} is not a did:web identifier.</source>
        <translation>{0} no es un identificador did:web.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="353"/>
        <source>{0} is not an image Backpack can read.</source>
        <translation>{0} no es una imagen que Backpack pueda leer.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="354"/>
        <source>{0} is not empty; restore into a new or empty folder.</source>
        <translation>La carpeta {0} no está vacía; restaure en una carpeta nueva o vacía.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="355"/>
        <source>{0} is not in your trust list.</source>
        <translation>{0} no está en su lista de confianza.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="356"/>
        <source>{0} is restricted (supports, discipline or health); share it only by adding --include-restricted.</source>
        <translation>El registro {0} está restringido (apoyos, disciplina o salud); compártalo solo si añade --include-restricted.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="357"/>
        <source>{0} is too large to preview; export it instead.</source>
        <translation>{0} es demasiado grande para la vista previa; expórtelo en su lugar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="358"/>
        <source>{0} names a port that does not exist.</source>
        <translation>{0} indica un puerto que no existe.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="359"/>
        <source>{0} of the {1} endorsements do not verify and should not be relied on</source>
        <translation>{0} de los {1} avales no superan la verificación y no se debe confiar en ellos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="360"/>
        <source>{0} of the {1} in it verify.</source>
        <translation>{0} de {1} que contiene superan la verificación.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/core_sentences.py" line="361"/>
        <source>{0} of the {1} records inside it verify.</source>
        <translation>{0} de los {1} registros que contiene superan la verificación.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="87"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="87"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="87"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="93"/>
        <source>Verification checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="96"/>
        <source>The credential as the school signed it</source>
        <translation>La credencial tal como la firmó la escuela</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="99"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="101"/>
        <source>As signed (read-only)</source>
        <translation>Tal como se firmó (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="112"/>
        <source>&lt;i&gt;Choose a record to see how it was checked.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Elija un registro para ver cómo se comprobó.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="123"/>
        <source>A document the school gave you without a signature; Backpack cannot check it.</source>
        <translation>Un documento que la escuela le dio sin firma; Backpack no puede comprobarlo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="129"/>
        <source>&lt;b&gt;{pill}&lt;/b&gt; - reading the signed record…</source>
        <translation>&lt;b&gt;{pill}&lt;/b&gt; - leyendo el registro firmado…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="135"/>
        <source>&lt;b&gt;{pill}&lt;/b&gt; - {summary} &lt;i&gt;(checked {day})&lt;/i&gt;</source>
        <translation>&lt;b&gt;{pill}&lt;/b&gt; - {summary} &lt;i&gt;(comprobado el {day})&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="145"/>
        <source>valid from {day}</source>
        <translation>válido desde el {day}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="147"/>
        <source>until {day}</source>
        <translation>hasta el {day}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="150"/>
        <source>Issuer key: {key}</source>
        <translation>Clave del emisor: {key}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="152"/>
        <source>Name it gives itself: {name}</source>
        <translation>Nombre con el que se presenta: {name}</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="138"/>
        <source>Edit: {kind}</source>
        <translation>Editar: {kind}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="140"/>
        <source>Add: {kind}</source>
        <translation>Añadir: {kind}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="144"/>
        <source>{kind} - self-reported: written by the learner or family.</source>
        <translation>{kind} - declarado por el estudiante: escrito por el estudiante o la familia.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="150"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="152"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="157"/>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="161"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="162"/>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="163"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="181"/>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="186"/>
        <source>Progress notes</source>
        <translation>Notas de progreso</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="184"/>
        <source>Add a progress note (dated today)</source>
        <translation>Añadir una nota de progreso (con la fecha de hoy)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="185"/>
        <source>New progress note</source>
        <translation>Nueva nota de progreso</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="194"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="196"/>
        <source>Attach files…</source>
        <translation>Adjuntar archivos…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="198"/>
        <source>Files (kept encrypted)</source>
        <translation>Archivos (guardados cifrados)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="201"/>
        <source>Problem with this entry</source>
        <translation>Problema con esta entrada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="227"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="227"/>
        <source>This entry has changes that are not saved.</source>
        <translation>Esta entrada tiene cambios sin guardar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="272"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="272"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="295"/>
        <source>Give the entry a title.</source>
        <translation>Dé un título a la entrada.</translation>
    </message>
</context>
<context>
    <name>FamilyActions</name>
    <message>
        <location filename="../../backpack_app/ui/family_actions.py" line="65"/>
        <source>The learner could not be added.</source>
        <translation>No se pudo añadir al estudiante.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/family_actions.py" line="78"/>
        <source>Add a contact from their card</source>
        <translation>Añadir un contacto a partir de su tarjeta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/family_actions.py" line="80"/>
        <source>Backpack cards (*.card *.png);;All files (*)</source>
        <translation>Tarjetas de Backpack (*.card *.png);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/family_actions.py" line="95"/>
        <source>That card could not be saved.</source>
        <translation>No se pudo guardar esa tarjeta.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/family_actions.py" line="104"/>
        <location filename="../../backpack_app/ui/family_actions.py" line="122"/>
        <source>Save this contact?</source>
        <translation>¿Guardar este contacto?</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/family_actions.py" line="106"/>
        <source>&lt;p&gt;The card is for &lt;b&gt;{name}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Fingerprint: &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ask {name} to read you the fingerprint their backpack shows. Save the contact only if the two are the same: shares for this contact open only with their backpack.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La tarjeta es de &lt;b&gt;{name}&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Huella: &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pida a {name} que le lea la huella que muestra su mochila. Guarde el contacto solo si las dos coinciden: lo que comparta con este contacto solo se abre con su mochila.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/family_actions.py" line="123"/>
        <source>Name for this contact:</source>
        <translation>Nombre para este contacto:</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/family_actions.py" line="137"/>
        <source>Contact saved</source>
        <translation>Contacto guardado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/family_actions.py" line="139"/>
        <source>Saved {name} (fingerprint {fingerprint}). You can now make shares only their backpack can open.</source>
        <translation>Se guardó {name} (huella {fingerprint}). Ya puede compartir registros que solo su mochila puede abrir.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="64"/>
        <source>&lt;h1&gt;Welcome to Backpack&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Bienvenido a Backpack&lt;/h1&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="67"/>
        <source>Backpack keeps a learner&apos;s record encrypted on this computer. Choose a passphrase only you know: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Backpack guarda el expediente del estudiante cifrado en este ordenador. Elija una frase de contraseña que solo usted conozca: unas cuantas palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="77"/>
        <source>e.g. Ana Rivera</source>
        <translation>p. ej., Ana Rivera</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="78"/>
        <source>First learner&apos;s name</source>
        <translation>Nombre del primer estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="81"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="84"/>
        <location filename="../../backpack_app/ui/views/first_run.py" line="92"/>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="88"/>
        <source>Passphrase strength</source>
        <translation>Fuerza de la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="89"/>
        <source>Learner&apos;s name</source>
        <translation>Nombre del estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="90"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="91"/>
        <source>Strength</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="94"/>
        <source>Problem with the new backpack</source>
        <translation>Problema con la nueva mochila</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="96"/>
        <source>Creating the backpack</source>
        <translation>Creando la mochila</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="99"/>
        <source>Create backpack</source>
        <translation>Crear mochila</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="101"/>
        <source>Open an existing backpack folder…</source>
        <translation>Abrir la carpeta de una mochila existente…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="102"/>
        <source>Try a demo backpack</source>
        <translation>Probar una mochila de demostración</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="105"/>
        <source>A separate backpack with records signed by demo schools, protected by the passphrase typed above</source>
        <translation>Una mochila aparte con registros firmados por escuelas de demostración, protegida con la frase de contraseña escrita arriba</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="114"/>
        <source>Or:</source>
        <translation>O bien:</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="117"/>
        <source>Restore a backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="134"/>
        <source>type a passphrase</source>
        <translation>escriba una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="140"/>
        <source>Choose a passphrase of at least {n} characters.</source>
        <translation>Elija una frase de contraseña de al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="145"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases no coinciden; escríbalas de nuevo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/first_run.py" line="153"/>
        <source>Type the learner&apos;s name.</source>
        <translation>Escriba el nombre del estudiante.</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="51"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="57"/>
        <source>&lt;b&gt;{imported} of {total} imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;{imported} de {total} importados.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="65"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="65"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="65"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="65"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="72"/>
        <source>Import results</source>
        <translation>Resultados de la importación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="92"/>
        <source>Trust the issuer…</source>
        <translation>Confiar en el emisor…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="95"/>
        <source>Add the selected record&apos;s issuer to your trust list, under the name you know it by.</source>
        <translation>Añada el emisor del registro seleccionado a su lista de confianza, con el nombre por el que usted lo conoce.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/import_results.py" line="102"/>
        <source>File for {learner}</source>
        <translation>Archivo para {learner}</translation>
    </message>
</context>
<context>
    <name>LearnerDialog</name>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="39"/>
        <source>Add a learner</source>
        <translation>Añadir un estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="42"/>
        <source>Each learner has their own record and their own signing key, in this backpack.</source>
        <translation>Cada estudiante tiene su propio expediente y su propia clave de firma en esta mochila.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="47"/>
        <source>Learner&apos;s name</source>
        <translation>Nombre del estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="49"/>
        <source>YYYY-MM-DD (optional)</source>
        <translation>AAAA-MM-DD (opcional)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="50"/>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="56"/>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="52"/>
        <source>optional; several separated by commas</source>
        <translation>opcional; varias separadas por comas</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="53"/>
        <source>Email addresses</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="55"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="57"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="58"/>
        <source>Problem with this learner</source>
        <translation>Problema con este estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="63"/>
        <source>Add learner</source>
        <translation>Añadir estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="76"/>
        <source>Write the learner&apos;s name.</source>
        <translation>Escriba el nombre del estudiante.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="83"/>
        <source>Write the birth date as YYYY-MM-DD, or leave it empty.</source>
        <translation>Escriba la fecha de nacimiento como AAAA-MM-DD, o déjela vacía.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="86"/>
        <source>The birth date is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/learner_dialog.py" line="90"/>
        <source>An email address needs an @, like ana@example.org.</source>
        <translation>Un correo electrónico necesita una @, como ana@example.org.</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="117"/>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="120"/>
        <source>Add learner…</source>
        <translation>Añadir estudiante…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="121"/>
        <source>Add another learner of the family to this backpack</source>
        <translation>Añadir a esta mochila otro estudiante de la familia</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="124"/>
        <source>Search records (Ctrl+F)</source>
        <translation>Buscar registros (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="125"/>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="128"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="130"/>
        <source>Import records your school gave you (Ctrl+O), or drop files here</source>
        <translation>Importe los registros que le dio su escuela (Ctrl+O), o suelte aquí los archivos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="135"/>
        <source>From files…	Ctrl+O</source>
        <translation>Desde archivos…	Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="137"/>
        <source>Paste a credential (JSON or JWT text)	Ctrl+Shift+V</source>
        <translation>Pegar una credencial (texto JSON o JWT)	Ctrl+Shift+V</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="141"/>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="142"/>
        <source>Share chosen records with someone (Ctrl+S)</source>
        <translation>Compartir registros elegidos con alguien (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="144"/>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="145"/>
        <source>Lock the backpack (Ctrl+L)</source>
        <translation>Bloquear la mochila (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="148"/>
        <source>Learner:</source>
        <translation>Estudiante:</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="156"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="164"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="192"/>
        <source>Records schools signed, checked when they were imported.</source>
        <translation>Registros firmados por las escuelas, comprobados al importarlos.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="197"/>
        <source>Written by the learner or family: always labelled self-reported.</source>
        <translation>Escrito por el estudiante o la familia: siempre marcado como declarado por uno mismo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="200"/>
        <source>Every share you made, and until when it opens.</source>
        <translation>Todo lo que ha compartido, y hasta cuándo se puede abrir.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="203"/>
        <source>Shares others sent you: open one to check every record in it.</source>
        <translation>Lo que otros le han compartido: ábralo para comprobar cada registro.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="243"/>
        <source>nobody yet</source>
        <translation>nadie todavía</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/main_view.py" line="249"/>
        <source>{name} is 18: the record is theirs to control now. Hand it over…</source>
        <translation>{name} tiene 18 años: ahora decide sobre su expediente. Traspasarlo…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="123"/>
        <source>{language} is not available in this copy of Backpack: its translation was not built (run &apos;make&apos;).</source>
        <translation>{language} no está disponible en esta copia de Backpack: su traducción no se compiló (ejecute &apos;make&apos;).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="265"/>
        <source>It could not be made.</source>
        <translation>No se pudo crear.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="293"/>
        <source>The demo could not be made.</source>
        <translation>No se pudo crear la demostración.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="299"/>
        <source>Choose the folder of an existing backpack</source>
        <translation>Elija la carpeta de una mochila existente</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="304"/>
        <source>There is no backpack in {folder}.</source>
        <translation>No hay ninguna mochila en {folder}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="316"/>
        <source>That passphrase does not open this backpack. Try again.</source>
        <translation>Esa frase de contraseña no abre esta mochila. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="320"/>
        <source>The backpack could not be opened.</source>
        <translation>No se pudo abrir la mochila.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="360"/>
        <source>It could not be read.</source>
        <translation>No se pudo leer.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="370"/>
        <source>Import records your school gave you</source>
        <translation>Importar los registros que le dio su escuela</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="372"/>
        <source>Credentials (*.json *.jwt *.jsonld *.txt *.png *.svg *.jpg *.jpeg);;All files (*)</source>
        <translation>Credenciales (*.json *.jwt *.jsonld *.txt *.png *.svg *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="394"/>
        <source>pasted text</source>
        <translation>texto pegado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="400"/>
        <source>this learner</source>
        <translation>este estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="415"/>
        <source>Trust this issuer</source>
        <translation>Confiar en este emisor</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="417"/>
        <source>Anyone can make a key that claims a school&apos;s name. Trust {issuer} only if you know it is the school&apos;s. Its name, as you know it:</source>
        <translation>Cualquiera puede crear una clave que diga ser de una escuela. Confíe en {issuer} solo si sabe que pertenece a la escuela. Su nombre, tal como usted lo conoce:</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="439"/>
        <source>Hand the record over</source>
        <translation>Entregar el registro</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="441"/>
        <source>From now on the learner decides what is shared. Give them the passphrase, or let them set their own (Settings, Change passphrase).</source>
        <translation>A partir de ahora, el estudiante decide qué se comparte. Dele la frase de contraseña o deje que establezca la suya (Ajustes, Cambiar la frase de contraseña).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="458"/>
        <source>Stop trusting this issuer?</source>
        <translation>¿Dejar de confiar en este emisor?</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/app.py" line="459"/>
        <source>Records from {issuer} will show the name it gives itself again.</source>
        <translation>Los registros de {issuer} volverán a mostrar el nombre con el que el emisor se presenta.</translation>
    </message>
</context>
<context>
    <name>OfficialRecordsView</name>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="306"/>
        <source>Official records</source>
        <translation>Expediente oficial</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="323"/>
        <source>No official records yet. Import the files your school gave you (Ctrl+O).</source>
        <translation>Aún no hay registros oficiales. Importe los archivos que le dio su escuela (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/official_records.py" line="415"/>
        <source>Its signed credential is no longer in the backpack.</source>
        <translation>Su credencial firmada ya no está en la mochila.</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location filename="../../backpack_app/ui/views/profile_editor.py" line="110"/>
        <source>{field}: has a date</source>
        <translation>{field}: tiene fecha</translation>
    </message>
</context>
<context>
    <name>ProfileActions</name>
    <message>
        <location filename="../../backpack_app/ui/profile_actions.py" line="61"/>
        <source>Save a file</source>
        <translation>Guardar un archivo</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/profile_actions.py" line="61"/>
        <source>Which file?</source>
        <translation>¿Qué archivo?</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/profile_actions.py" line="65"/>
        <source>Save a copy of the file</source>
        <translation>Guardar una copia del archivo</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/profile_actions.py" line="114"/>
        <source>It could not be saved.</source>
        <translation>No se pudo guardar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/profile_actions.py" line="124"/>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/profile_actions.py" line="124"/>
        <source>Delete this entry and its files?</source>
        <translation>¿Eliminar esta entrada y sus archivos?</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="39"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="39"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="39"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="39"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="40"/>
        <source>Learner profile entries</source>
        <translation>Entradas del perfil del estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="45"/>
        <source>Add ▾</source>
        <translation>Añadir ▾</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="46"/>
        <source>Add an entry</source>
        <translation>Añadir una entrada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="55"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="56"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="57"/>
        <source>Save file…</source>
        <translation>Guardar archivo…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="58"/>
        <source>Save a copy of the entry&apos;s file (decrypted)</source>
        <translation>Guardar una copia del archivo de la entrada (descifrada)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="61"/>
        <source>Tick off</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="62"/>
        <source>Mark the chosen readiness milestone done, or not (Space)</source>
        <translation>Marcar como hecho, o no, el hito de preparación elegido (Espacio)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="78"/>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="84"/>
        <source>Preview of the entry&apos;s file</source>
        <translation>Vista previa del archivo de la entrada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="96"/>
        <source>{hours} hours</source>
        <translation>{hours} horas</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="110"/>
        <source>Community service: {hours} hours in total</source>
        <translation>Servicio comunitario: {hours} horas en total</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/profile.py" line="159"/>
        <source>File: {name} (no preview)</source>
        <translation>Archivo: {name} (sin vista previa)</translation>
    </message>
</context>
<context>
    <name>ReceivedActions</name>
    <message>
        <location filename="../../backpack_app/ui/received_actions.py" line="32"/>
        <source>Open a share someone sent you</source>
        <translation>Abrir un paquete compartido que alguien le envió</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/received_actions.py" line="33"/>
        <source>Shares (*.backpack *.png *.pdf);;All files (*)</source>
        <translation>Paquetes compartidos (*.backpack *.png *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/received_actions.py" line="54"/>
        <source>Share code</source>
        <translation>Código del paquete compartido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/received_actions.py" line="54"/>
        <source>The share code the family gave you:</source>
        <translation>El código del paquete compartido que le dio la familia:</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/received_actions.py" line="83"/>
        <source>This QR code is someone&apos;s card, not a share. To share with them, save it in Settings → Contacts with “Add a contact from their card…”.</source>
        <translation>Este código QR es la tarjeta de alguien, no un paquete compartido. Para compartir con esa persona, guárdela en Ajustes → Contactos con «Añadir un contacto a partir de su tarjeta…».</translation>
    </message>
</context>
<context>
    <name>ReceivedView</name>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="51"/>
        <source>Open a share…</source>
        <translation>Abrir algo compartido…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="54"/>
        <source>Learner</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="54"/>
        <source>From key</source>
        <translation>Clave de origen</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="54"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="54"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="55"/>
        <source>Kept shares</source>
        <translation>Paquetes compartidos guardados</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="59"/>
        <source>Problem with the share</source>
        <translation>Problema con el paquete compartido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="65"/>
        <source>Remember this key for the learner</source>
        <translation>Recordar esta clave para el estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="71"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="71"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="71"/>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="76"/>
        <source>Records in the share</source>
        <translation>Registros compartidos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="122"/>
        <source>Every signature checks out, but some schools are not in your trust list.</source>
        <translation>Todas las firmas son válidas, pero algunas escuelas no están en su lista de confianza.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="125"/>
        <source>Every record checks out.</source>
        <translation>Todos los registros superan la verificación.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="119"/>
        <source>Some records do NOT check out.</source>
        <translation>Algunos registros NO superan la verificación.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="126"/>
        <source>A learner</source>
        <translation>Un estudiante</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="129"/>
        <source>&lt;h3&gt;{learner}&apos;s records for {recipient}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Registros de {learner} para {recipient}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="134"/>
        <source>Open until {day}. &lt;b&gt;{verdict}&lt;/b&gt;</source>
        <translation>Disponible hasta el {day}. &lt;b&gt;{verdict}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="139"/>
        <source>Signed by the learner&apos;s key, fingerprint &lt;b&gt;{fingerprint}&lt;/b&gt;.</source>
        <translation>Firmado con la clave del estudiante, huella &lt;b&gt;{fingerprint}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/received_view.py" line="152"/>
        <source>Self-reported by the learner</source>
        <translation>Declarado por el estudiante</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="42"/>
        <source> minutes idle</source>
        <translation> minutos sin actividad</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="43"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="44"/>
        <source>Lock after idle minutes</source>
        <translation>Bloquear tras minutos sin actividad</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="47"/>
        <source>Lock now (Ctrl+L)</source>
        <translation>Bloquear ahora (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="49"/>
        <source>Lock the backpack after</source>
        <translation>Bloquear la mochila tras</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="52"/>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="53"/>
        <source>Clear a copied share code after seconds</source>
        <translation>Borrar un código copiado después de segundos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="56"/>
        <source>Clear a copied share code after</source>
        <translation>Borrar un código copiado después de</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="58"/>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="65"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="67"/>
        <source>Export my card…</source>
        <translation>Exportar mi tarjeta…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="69"/>
        <source>Your card lets others make shares only this backpack can open</source>
        <translation>Su tarjeta permite que otras personas creen paquetes compartidos que solo esta mochila puede abrir</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="72"/>
        <source>To receive shares</source>
        <translation>Para recibir lo que le compartan</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="73"/>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="75"/>
        <source>Save an encrypted backup…</source>
        <translation>Guardar una copia de seguridad cifrada…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="77"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="80"/>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="90"/>
        <source>Key stretching</source>
        <translation>Refuerzo de la clave</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="81"/>
        <source>Standard (about ¾ s to unlock)</source>
        <translation>Normal (unos ¾ s para desbloquear)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="82"/>
        <source>Strong (about 2 s to unlock)</source>
        <translation>Fuerte (unos 2 s para desbloquear)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="83"/>
        <source>Strongest (about 4 s to unlock)</source>
        <translation>Máximo (unos 4 s para desbloquear)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="84"/>
        <source>Apply…</source>
        <translation>Aplicar…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="91"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="93"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="94"/>
        <source>Issuer</source>
        <translation>Emisor</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="94"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="94"/>
        <source>Trusted issuers</source>
        <translation>Emisores de confianza</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="99"/>
        <source>&lt;b&gt;Issuers you trust&lt;/b&gt; (add them from an import&apos;s results)</source>
        <translation>&lt;b&gt;Emisores de confianza&lt;/b&gt; (añádalos desde los resultados de una importación)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="102"/>
        <source>Stop trusting the selected issuer</source>
        <translation>Dejar de confiar en el emisor seleccionado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="105"/>
        <source>&lt;b&gt;Contacts&lt;/b&gt; (people you share with, by their card)</source>
        <translation>&lt;b&gt;Contactos&lt;/b&gt; (personas con quienes comparte, por su tarjeta)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="106"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="106"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="106"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="109"/>
        <source>Add a contact from their card…</source>
        <translation>Añadir un contacto a partir de su tarjeta…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="111"/>
        <source>Save the card someone exported (its file or QR picture) to share with them</source>
        <translation>Guardar la tarjeta que alguien exportó (su archivo o imagen QR) para compartir con esa persona</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/settings_view.py" line="117"/>
        <source>Problem with the card</source>
        <translation>Problema con la tarjeta</translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <location filename="../../backpack_app/ui/share_actions.py" line="29"/>
        <source>Mark this share revoked?</source>
        <translation>¿Marcar este paquete compartido como revocado?</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/share_actions.py" line="31"/>
        <source>It is marked revoked in your log. Someone who already has the file can still open it until it expires.</source>
        <translation>Queda marcado como revocado en su historial. Quien ya tenga el archivo aún puede abrirlo hasta que caduque.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/share_actions.py" line="46"/>
        <source>Your card</source>
        <translation>Su tarjeta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/share_actions.py" line="47"/>
        <source>The name on your card (you, or your program):</source>
        <translation>El nombre de su tarjeta (usted o su programa):</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/share_actions.py" line="53"/>
        <source>Save your card</source>
        <translation>Guardar su tarjeta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/share_actions.py" line="53"/>
        <source>Backpack cards (*.card)</source>
        <translation>Tarjetas de Backpack (*.card)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/share_actions.py" line="70"/>
        <source>Card saved</source>
        <translation>Tarjeta guardada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/share_actions.py" line="72"/>
        <source>Saved {file} and a QR code beside it. Its fingerprint is {fingerprint}: whoever saves your card should read you the one they see.</source>
        <translation>Se guardó {file} y un código QR junto a él. Su huella es {fingerprint}: quien guarde su tarjeta debe leerle en voz alta la que ve.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/share_actions.py" line="124"/>
        <source>The share could not be made.</source>
        <translation>No se pudo crear el paquete compartido.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="61"/>
        <source>Share records</source>
        <translation>Compartir registros</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="63"/>
        <source>&lt;b&gt;1. Choose records&lt;/b&gt; (restricted ones are marked ⚠)</source>
        <translation>&lt;b&gt;1. Elija los registros&lt;/b&gt; (los restringidos llevan ⚠)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="65"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="65"/>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="66"/>
        <source>Records to share</source>
        <translation>Registros que compartir</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="96"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="99"/>
        <source>Anyone I give a share code to</source>
        <translation>Cualquier persona a la que le dé un código</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="101"/>
        <source>e.g. Tutoring in chemistry</source>
        <translation>p. ej., clases de química</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="102"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="111"/>
        <source>Open until</source>
        <translation>Se puede abrir hasta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="112"/>
        <source>Also a QR code (PNG)</source>
        <translation>También un código QR (PNG)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="113"/>
        <source>Also a printable PDF (not encrypted unless restricted)</source>
        <translation>También un PDF para imprimir (sin cifrar salvo si hay registros restringidos)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="114"/>
        <source>2. Share with</source>
        <translation>2. Compartir con</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="115"/>
        <source>3. Purpose</source>
        <translation>3. Propósito</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="116"/>
        <source>Opens until</source>
        <translation>Se puede abrir hasta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="117"/>
        <source>4. Outputs</source>
        <translation>4. Resultados</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="120"/>
        <source>Problem with this share</source>
        <translation>Problema con este paquete compartido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="125"/>
        <source>The share that was made</source>
        <translation>Lo compartido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="127"/>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="136"/>
        <source>The share&apos;s QR code</source>
        <translation>El código QR del paquete compartido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="139"/>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="145"/>
        <source>Save share…</source>
        <translation>Guardar lo compartido…</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="161"/>
        <source>Choose at least one record.</source>
        <translation>Elija al menos un registro.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="166"/>
        <source>Share restricted records?</source>
        <translation>¿Compartir registros restringidos?</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="168"/>
        <source>{count} of the chosen records are restricted (special-education supports, discipline or health). Share them with this recipient?</source>
        <translation>{count} de los registros elegidos son restringidos (apoyos de educación especial, disciplina o salud). ¿Desea compartirlos con este destinatario?</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="175"/>
        <source>Save the share</source>
        <translation>Guardar el paquete compartido</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="177"/>
        <source>Backpack shares (*.backpack)</source>
        <translation>Paquetes compartidos de Backpack (*.backpack)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="209"/>
        <source>Share {share} saved: {files}</source>
        <translation>Paquete compartido {share} guardado: {files}</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/share_dialog.py" line="217"/>
        <source>&lt;b&gt;Code: {code}&lt;/b&gt;&lt;br&gt;Give it by another way than the file (say it aloud). It is not shown again.</source>
        <translation>&lt;b&gt;Código: {code}&lt;/b&gt;&lt;br&gt;Entréguelo por una vía distinta del archivo (dígalo en voz alta). No se volverá a mostrar.</translation>
    </message>
</context>
<context>
    <name>SharesView</name>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="31"/>
        <source>Shared with</source>
        <translation>Compartido con</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="32"/>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="33"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="34"/>
        <source>Made</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="35"/>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="36"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="38"/>
        <source>Shares made</source>
        <translation>Paquetes compartidos creados</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="41"/>
        <source>Mark revoked</source>
        <translation>Marcar como revocado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="44"/>
        <source>Marks the share revoked in your log. A recipient who already has the file can still open it until it expires.</source>
        <translation>Marca el paquete compartido como revocado en su historial. Un destinatario que ya tenga el archivo aún puede abrirlo hasta que caduque.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/shares_view.py" line="52"/>
        <source>Revoking cannot reach a copy someone already has; it expires.</source>
        <translation>Revocar no alcanza una copia que alguien ya tiene; caduca sola.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="38"/>
        <location filename="../../backpack_app/ui/views/unlock.py" line="39"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="40"/>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="45"/>
        <source>Unlock problem</source>
        <translation>Problema al desbloquear</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="47"/>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="49"/>
        <source>Forgot the passphrase? Use the recovery key</source>
        <translation>¿Olvidó la frase de contraseña? Use la clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="58"/>
        <location filename="../../backpack_app/ui/views/unlock.py" line="63"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="61"/>
        <location filename="../../backpack_app/ui/views/unlock.py" line="64"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="62"/>
        <source>Open and set the new passphrase</source>
        <translation>Abrir y poner la nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="79"/>
        <source>Unlock the backpack in {folder}.</source>
        <translation>Desbloquee la mochila en {folder}.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="95"/>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/views/unlock.py" line="107"/>
        <source>Type the recovery key you wrote down.</source>
        <translation>Escriba la clave de recuperación que anotó.</translation>
    </message>
</context>
<context>
    <name>VaultActions</name>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="53"/>
        <source>That recovery key does not open this backpack.</source>
        <translation>Esa clave de recuperación no abre esta mochila.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="55"/>
        <source>It could not be opened.</source>
        <translation>No se pudo abrir.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="62"/>
        <location filename="../../backpack_app/ui/vault_actions.py" line="67"/>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="62"/>
        <source>Type the new passphrase:</source>
        <translation>Escriba la nueva frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="67"/>
        <source>Type it again:</source>
        <translation>Escríbala de nuevo:</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="70"/>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden; no se cambió nada.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="76"/>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="78"/>
        <source>The passphrase is changed. The recovery key stays the same; backups made before still open with the passphrase they were made with.</source>
        <translation>La frase de contraseña se cambió. La clave de recuperación sigue siendo la misma; las copias de seguridad anteriores se siguen abriendo con la frase de contraseña con la que se crearon.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="90"/>
        <source>Key stretching</source>
        <translation>Refuerzo de la clave</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="91"/>
        <source>Type the passphrase to re-wrap the key:</source>
        <translation>Escriba la frase de contraseña para volver a proteger la clave:</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="100"/>
        <source>Key stretching changed</source>
        <translation>Refuerzo de la clave cambiado</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="102"/>
        <source>Each guess at the passphrase now costs {mib} MiB and {passes} passes (about {seconds} s here).</source>
        <translation>Cada intento de adivinar la frase de contraseña cuesta ahora {mib} MiB y {passes} pasadas (unos {seconds} s en este equipo).</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="113"/>
        <source>That passphrase does not open this backpack.</source>
        <translation>Esa frase de contraseña no abre esta mochila.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="116"/>
        <source>It could not be changed.</source>
        <translation>No se pudo cambiar.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="127"/>
        <source>Save an encrypted backup</source>
        <translation>Guardar una copia de seguridad cifrada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="129"/>
        <source>Backups (*.bpk)</source>
        <translation>Copias de seguridad (*.bpk)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="136"/>
        <source>Backup saved</source>
        <translation>Copia de seguridad guardada</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="138"/>
        <source>Saved {file}, encrypted. It opens with today&apos;s passphrase or recovery key.</source>
        <translation>Se guardó {file}, cifrado. Se abre con la frase de contraseña actual o con la clave de recuperación.</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="146"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="146"/>
        <source>Backups (*.bpk);;All files (*)</source>
        <translation>Copias de seguridad (*.bpk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="152"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="153"/>
        <source>The passphrase the backpack had when the backup was made:</source>
        <translation>La frase de contraseña que tenía la mochila cuando se creó la copia de seguridad:</translation>
    </message>
    <message>
        <location filename="../../backpack_app/ui/vault_actions.py" line="173"/>
        <source>It could not be restored.</source>
        <translation>No se pudo restaurar.</translation>
    </message>
</context>
</TS>
